/**
 * Two panes with a {@link Splitter} between them, their split remembered per browser. On narrow
 * windows (or when `resizable` is false) there is no splitter and no inline grid: styles.css lays
 * the panes out.
 */
import type { ReactNode } from 'react';

import { Splitter } from './Splitter';
import { useLayoutPref } from './useLayoutPref';
import { useIsNarrow } from './useMediaQuery';

/** Props of {@link SplitView}. */
export interface SplitViewProps {
  /** The element: `main` for the page's main area. @default 'div' */
  readonly as?: 'div' | 'main';
  readonly className: string;
  /** `vertical`: side by side; `horizontal`: one above the other. */
  readonly orientation: 'vertical' | 'horizontal';
  /** The layout preference that remembers the split, e.g. `split.columns`. */
  readonly prefKey: string;
  /** The first pane's share, between `min` and `max`, until the person moves it. */
  readonly initial: number;
  readonly min: number;
  readonly max: number;
  /** Least sizes of the two panes in pixels, whatever the share. */
  readonly minSizes: readonly [number, number];
  /** The splitter's accessible name. */
  readonly label: string;
  /** False while there is only one pane to show (e.g. no explanation open). @default true */
  readonly resizable?: boolean;
  readonly first: ReactNode;
  readonly second: ReactNode;
}

/** A two-pane grid with a resizable split. */
export function SplitView({
  as: Element = 'div',
  className,
  orientation,
  prefKey,
  initial,
  min,
  max,
  minSizes,
  label,
  resizable = true,
  first,
  second,
}: SplitViewProps) {
  const narrow = useIsNarrow();
  const [split, setSplit] = useLayoutPref(prefKey, initial, min, max);
  const active = resizable && !narrow;
  const tracks = `minmax(${minSizes[0]}px, ${split}fr) 10px minmax(${minSizes[1]}px, ${1 - split}fr)`;
  const style = !active
    ? undefined
    : orientation === 'vertical'
      ? { gridTemplateColumns: tracks }
      : { gridTemplateRows: tracks };
  return (
    <Element className={className} style={style}>
      {first}
      {active && (
        <Splitter
          orientation={orientation}
          value={split}
          min={min}
          max={max}
          onChange={setSplit}
          label={label}
        />
      )}
      {second}
    </Element>
  );
}
