/**
 * A draggable, keyboard-operable divider between two columns. It reports a fraction (0–1) of
 * the container's width; the container lays out its columns with it.
 */
import { useRef } from 'react';

/** Props of {@link Splitter}. */
export interface SplitterProps {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (fraction: number) => void;
  readonly label: string;
}

/** A vertical separator that resizes the columns on either side. */
export function Splitter({ value, min, max, onChange, label }: SplitterProps) {
  const ref = useRef<HTMLDivElement>(null);
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  return (
    <div
      ref={ref}
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={Math.round(min * 100)}
      aria-valuemax={Math.round(max * 100)}
      aria-valuenow={Math.round(value * 100)}
      tabIndex={0}
      onPointerDown={(e) => {
        const parent = ref.current?.parentElement;
        if (!parent) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        const box = parent.getBoundingClientRect();
        const move = (ev: PointerEvent) => onChange(clamp((ev.clientX - box.left) / box.width));
        const up = () => {
          window.removeEventListener('pointermove', move);
          window.removeEventListener('pointerup', up);
        };
        window.addEventListener('pointermove', move);
        window.addEventListener('pointerup', up);
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onChange(clamp(value - 0.02));
        else if (e.key === 'ArrowRight') onChange(clamp(value + 0.02));
        else return;
        e.preventDefault();
      }}
    />
  );
}
