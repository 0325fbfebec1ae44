/**
 * A draggable, keyboard-operable divider (the WAI-ARIA window splitter pattern): between two
 * columns, two rows, or at a table column's edge. It reports a value between `min` and `max`:
 * a fraction of its container's size (`unit="fraction"`) or a width in pixels (`unit="px"`).
 */
import { useRef, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';

/** Props of {@link Splitter}. */
export interface SplitterProps {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (value: number) => void;
  /** Accessible name, e.g. "Resize editors and results". */
  readonly label: string;
  /**
   * `vertical`: a vertical bar between columns, dragged sideways, moved with Left/Right.
   * `horizontal`: a horizontal bar between rows, dragged up and down, moved with Up/Down.
   * @default 'vertical'
   */
  readonly orientation?: 'vertical' | 'horizontal';
  /**
   * `fraction`: the value is a share of the parent element's size (shown to assistive technology
   * as a percentage); `px`: the value is in pixels.
   * @default 'fraction'
   */
  readonly unit?: 'fraction' | 'px';
  /** How far one arrow key press moves (Shift moves five times as far). @default 0.02 or 16 px */
  readonly step?: number;
  readonly className?: string;
}

/** A separator that resizes what lies on either side of it. */
export function Splitter({
  value,
  min,
  max,
  onChange,
  label,
  orientation = 'vertical',
  unit = 'fraction',
  step = unit === 'px' ? 16 : 0.02,
  className,
}: SplitterProps) {
  const ref = useRef<HTMLDivElement>(null);
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const vertical = orientation === 'vertical';
  // Percentages for fractions, whole pixels for widths.
  const aria = (v: number) => Math.round(unit === 'px' ? v : v * 100);

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const parent = ref.current?.parentElement;
    if (!parent) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    // Moving by the pointer's distance from where the drag began, so grabbing off-centre never jumps.
    const box = parent.getBoundingClientRect();
    const perUnit = unit === 'px' ? 1 : vertical ? box.width : box.height;
    const start = vertical ? e.clientX : e.clientY;
    const startValue = value;
    const move = (ev: PointerEvent) => {
      if (perUnit > 0) onChange(clamp(startValue + ((vertical ? ev.clientX : ev.clientY) - start) / perUnit));
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const amount = e.shiftKey ? step * 5 : step;
    const [less, more] = vertical ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    if (e.key === less) onChange(clamp(value - amount));
    else if (e.key === more) onChange(clamp(value + amount));
    else if (e.key === 'Home') onChange(min);
    else if (e.key === 'End') onChange(max);
    else return;
    e.preventDefault();
    // A column edge sits inside a sortable header: its keys must not reach the header's handlers.
    e.stopPropagation();
  };

  return (
    <div
      ref={ref}
      className={`splitter splitter-${orientation}${className ? ` ${className}` : ''}`}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuemin={aria(min)}
      aria-valuemax={aria(max)}
      aria-valuenow={aria(value)}
      aria-valuetext={unit === 'px' ? `${aria(value)} pixels` : `${aria(value)}%`}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      // Clicks on a column edge must not sort the column.
      onClick={(e) => e.stopPropagation()}
    />
  );
}
