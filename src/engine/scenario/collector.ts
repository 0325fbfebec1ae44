/**
 * Shared plumbing of scenario validation: a problem list keyed by JSON path segments (so text
 * input can later be given exact ranges) and safe readers for untrusted objects.
 */

import { editDistance } from '../catalogChecks/nearestName';
import { SCENARIO_DIAGNOSTIC_CODES, type ScenarioDiagnosticCode } from './codes';
import { formatPath, type PathSegment } from './path';

/** A scenario problem before it is given a text range. */
export interface ScenarioProblem {
  readonly code: ScenarioDiagnosticCode;
  readonly message: string;
  readonly segments: readonly PathSegment[];
  /** True when the problem is about the property name itself (e.g. an unknown field). */
  readonly onKey: boolean;
}

/** Collects problems; `errors` counts error-severity ones. */
export class ProblemCollector {
  readonly problems: ScenarioProblem[] = [];
  errors = 0;

  /** Records a problem; `describe` receives the rendered path so messages can name the field. */
  report(
    code: ScenarioDiagnosticCode,
    segments: readonly PathSegment[],
    describe: (path: string) => string,
    onKey = false,
  ): void {
    if (SCENARIO_DIAGNOSTIC_CODES[code].severity === 'error') this.errors++;
    this.problems.push({ code, message: describe(formatPath(segments)), segments, onKey });
  }
}

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only: a `__proto__` key in the input must not reach inherited fields. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The known field a misspelt key most likely meant (two edits at most), or null. */
function nearestField(key: string, known: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const field of known) {
    const distance = editDistance(key.toLowerCase(), field.toLowerCase(), 2);
    if (distance < bestDistance) {
      best = field;
      bestDistance = distance;
    }
  }
  return best;
}

/** Warns about every property of `record` that is not in `known`, naming the likely intended one. */
export function warnUnknownFields(
  record: Record<string, unknown>,
  known: ReadonlySet<string>,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): void {
  for (const key of Object.keys(record)) {
    if (known.has(key)) continue;
    const meant = nearestField(key, known);
    const hint = meant === null ? '' : ` (did you mean "${meant}"?)`;
    problems.report(
      'scenario-unknown-field',
      [...segments, key],
      (path) => `${path} is not a scenario field${hint}; it is ignored`,
      true,
    );
  }
}

/** A JSON type name for messages ("a number", "an array", "null"). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

/**
 * Reads an optional string field: undefined when absent, null (reported) when it is not a string.
 */
export function readOptionalString(
  record: Record<string, unknown>,
  key: string,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): string | null | undefined {
  const value = own(record, key);
  if (value === undefined || typeof value === 'string') return value;
  problems.report(
    'scenario-wrong-type',
    [...segments, key],
    (path) => `${path} must be a string, not ${describeType(value)}`,
  );
  return null;
}

/**
 * Reads a required non-empty string field; reports a missing, mistyped or empty value and
 * returns null then.
 */
export function readRequiredString(
  record: Record<string, unknown>,
  key: string,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): string | null {
  const value = readOptionalString(record, key, segments, problems);
  if (value === undefined) {
    problems.report('scenario-missing-field', [...segments, key], (path) => `${path} is required`);
    return null;
  }
  if (value === '') {
    problems.report('scenario-empty-value', [...segments, key], (path) => `${path} must not be empty`);
    return null;
  }
  return value;
}
