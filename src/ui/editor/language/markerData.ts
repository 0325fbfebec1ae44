/** Engine diagnostics as editor markers, Monaco-free (the adapter maps levels to Monaco's enum). */
import { escapeControls, type Diagnostic, type Severity } from '../../../engine';

/** Marker owner of the engine's diagnostics: distinct from the JSON language's `json`. */
export const IAM_MARKER_OWNER = 'iam';
/** Marker source shown in the hover and the problems list. */
export const IAM_MARKER_SOURCE = 'IAM';

/** Marker severities the engine's diagnostics map to. */
export type MarkerLevel = 'error' | 'warning' | 'info';

const LEVELS = { error: 'error', warning: 'warning', suggestion: 'info' } as const satisfies Record<
  Severity,
  MarkerLevel
>;

/** A marker's range in Monaco's terms: 1-based lines and columns, end column exclusive. */
export interface MarkerRange {
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

/** A marker as plain data. */
export interface MarkerSpec extends MarkerRange {
  readonly level: MarkerLevel;
  readonly message: string;
  readonly code: string;
  readonly source: typeof IAM_MARKER_SOURCE;
}

/**
 * The marker of one diagnostic. Engine ranges are 1-based with an exclusive end, as Monaco's are.
 * Messages quote the policy's own text, so their control characters are shown as escapes: a
 * value with line breaks must not add lines of its own to the hover or the problems list.
 */
export function markerSpec(diagnostic: Diagnostic): MarkerSpec {
  const { start, end } = diagnostic.range;
  return {
    startLineNumber: start.line,
    startColumn: start.column,
    endLineNumber: end.line,
    endColumn: end.column,
    level: LEVELS[diagnostic.severity],
    message: escapeControls(diagnostic.message),
    code: diagnostic.code,
    source: IAM_MARKER_SOURCE,
  };
}

/** Identifies a marker by code and range: how a quick fix finds the suggestion of the marker it got. */
export function markerKey(code: string, range: MarkerRange): string {
  return `${code}@${range.startLineNumber}:${range.startColumn}-${range.endLineNumber}:${range.endColumn}`;
}
