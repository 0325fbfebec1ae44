/** The table's columns: their headings, and widths people can change (remembered per browser). */
import { useMemo, type CSSProperties } from 'react';

import type { SortColumn } from '../../state/slices/ui';
import { clampTo, useLayoutPrefs } from '../common/useLayoutPref';
import { layerHeading } from './cells';

/** A column of the table. */
export interface TableColumn {
  readonly key: SortColumn;
  readonly label: string;
  /** Width in pixels; the last column has none: it takes what is left (at least {@link LAST_MIN}). */
  readonly width?: number;
  readonly min: number;
  readonly max: number;
}

/** The last column's least width in pixels. */
export const LAST_MIN = 120;

// Defaults that fit the table beside the editors from 1280 px wide, with the reason readable.
const ACTION = { width: 200, min: 120, max: 640 };
const ACCESS_LEVEL = { width: 92, min: 60, max: 240 };
const LAYER = { width: 80, min: 56, max: 240 };
const EFFECTIVE = { width: 92, min: 64, max: 240 };

/** The preference key of a column's width. */
export const widthKey = (column: SortColumn): string => `table.width.${column}`;

/** The columns for the analysis' layers, with their current widths. */
export function useTableColumns(layers: readonly string[]): readonly TableColumn[] {
  const [widths] = useLayoutPrefs();
  // The same array until a width or the layers change, so the memoised header keeps still.
  return useMemo(() => {
    const sized = (key: SortColumn, label: string, size: { width: number; min: number; max: number }) => ({
      key,
      label,
      width: clampTo(widths.get(widthKey(key)) ?? size.width, size.min, size.max),
      min: size.min,
      max: size.max,
    });
    return [
      sized('action', 'Action', ACTION),
      sized('accessLevel', 'Access level', ACCESS_LEVEL),
      ...layers.map((l) => sized(`layer:${l}`, layerHeading(l), LAYER)),
      sized('effective', 'Effective', EFFECTIVE),
      { key: 'reason', label: 'Reason', min: LAST_MIN, max: LAST_MIN },
    ];
  }, [widths, layers]);
}

/** The CSS grid columns of a row. */
export function gridTemplate(columns: readonly TableColumn[]): string {
  return columns.map((c) => (c.width === undefined ? `minmax(${c.min}px, 1fr)` : `${c.width}px`)).join(' ');
}

/** The least width of a row: below it, the table scrolls sideways. */
export function rowMinWidth(columns: readonly TableColumn[], padding: number): number {
  return columns.reduce((sum, c) => sum + (c.width ?? c.min), padding);
}

/**
 * A virtualised line's style: the grid's columns, moved to its place. Rows take the two values
 * rather than a style object, so a row whose values did not change is not rendered again.
 */
export function rowStyle(template: string, top: number): CSSProperties {
  return { gridTemplateColumns: template, transform: `translateY(${top}px)` };
}
