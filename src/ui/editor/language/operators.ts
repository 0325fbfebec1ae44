/**
 * Condition operators for the editor: every name a policy may use (base operators of the
 * engine's registry with their `ForAllValues:`/`ForAnyValue:` and `IfExists` variants) and a
 * one-line description of each, built from the base operator's line and the modifiers' meaning
 * (docs/iam-semantics.md §4.1, §4.3, §4.4).
 */
import { CONDITION_OPERATORS, getConditionOperator, parseOperatorName } from '../../../engine';

/** What each base operator does, in one line. Keyed by the registry's names; a test keeps them in step. */
export const OPERATOR_SUMMARIES: Readonly<Record<string, string>> = {
  StringEquals: 'Exact string match, case-sensitive.',
  StringNotEquals: 'Matches when the value equals none of the strings (case-sensitive).',
  StringEqualsIgnoreCase: 'Exact string match, ignoring case.',
  StringNotEqualsIgnoreCase: 'Matches when the value equals none of the strings, ignoring case.',
  StringLike: 'Case-sensitive match with `*` (any run) and `?` (one character) wildcards.',
  StringNotLike: 'Matches when the value matches none of the patterns (`*` and `?` wildcards).',
  NumericEquals: 'Number equal to the value.',
  NumericNotEquals: 'Number equal to none of the values.',
  NumericLessThan: 'Number less than the value.',
  NumericLessThanEquals: 'Number less than or equal to the value.',
  NumericGreaterThan: 'Number greater than the value.',
  NumericGreaterThanEquals: 'Number greater than or equal to the value.',
  DateEquals: 'Date equal to the value (ISO 8601 date/time or epoch seconds).',
  DateNotEquals: 'Date equal to none of the values (ISO 8601 or epoch seconds).',
  DateLessThan: 'Date before the value (ISO 8601 or epoch seconds).',
  DateLessThanEquals: 'Date at or before the value (ISO 8601 or epoch seconds).',
  DateGreaterThan: 'Date after the value (ISO 8601 or epoch seconds).',
  DateGreaterThanEquals: 'Date at or after the value (ISO 8601 or epoch seconds).',
  Bool: 'Boolean match: `"true"` or `"false"`.',
  BinaryEquals: 'Byte-for-byte match against a base-64 encoded value.',
  IpAddress: 'IP address within one of the CIDR ranges (IPv4 or IPv6; a bare address is /32).',
  NotIpAddress: 'IP address within none of the CIDR ranges.',
  ArnEquals: 'ARN match per `:`-separated part, with `*` and `?` wildcards (same as ArnLike).',
  ArnNotEquals: 'ARN matching none of the patterns (same as ArnNotLike).',
  ArnLike: 'ARN match per `:`-separated part, with `*` and `?` wildcards.',
  ArnNotLike: 'ARN matching none of the patterns, per `:`-separated part.',
  Null: '`"true"`: the key must be absent; `"false"`: the key must be present.',
};

const QUALIFIER_NOTES = {
  ForAllValues: 'Every value of the request set must match; also true when the key is missing or empty.',
  ForAnyValue: 'At least one value of the request set must match; false when the key is missing.',
} as const;

const IF_EXISTS_NOTE = 'IfExists: true when the key is missing from the request.';
const NEGATED_NOTE = 'A missing key makes it true.';

/** One operator name as the editor offers it. */
export interface OperatorEntry {
  /** Full name, e.g. `ForAnyValue:StringLikeIfExists`. */
  readonly name: string;
  /** Its base operator, e.g. `StringLike`. */
  readonly base: string;
  /** Family label, e.g. `String`. */
  readonly family: string;
  /** One-line description (markdown). */
  readonly summary: string;
}

/** Describes a full operator name (qualifier, base, IfExists), or null for an unknown name. */
export function describeOperator(name: string): OperatorEntry | null {
  const parsed = parseOperatorName(name);
  const operator = parsed === null ? undefined : getConditionOperator(parsed.baseOperator);
  if (parsed === null || operator === undefined) return null;
  const notes = [OPERATOR_SUMMARIES[operator.name] ?? `${operator.family} comparison.`];
  if (operator.negated && !parsed.ifExists && parsed.qualifier === null) notes.push(NEGATED_NOTE);
  if (parsed.ifExists) notes.push(IF_EXISTS_NOTE);
  if (parsed.qualifier !== null) notes.push(QUALIFIER_NOTES[parsed.qualifier]);
  return { name, base: operator.name, family: operator.family, summary: notes.join(' ') };
}

/**
 * Every operator name offered by completion, plain names first. `Null` gets no variants: AWS
 * rejects `NullIfExists`, and a set qualifier makes `Null` constant (docs/iam-semantics.md §4.1, §4.4).
 */
export const OPERATOR_ENTRIES: readonly OperatorEntry[] = (() => {
  const names: string[] = [];
  for (const prefix of ['', 'ForAnyValue:', 'ForAllValues:']) {
    for (const suffix of ['', 'IfExists']) {
      for (const base of CONDITION_OPERATORS) {
        if (base === 'Null' && (prefix !== '' || suffix !== '')) continue;
        names.push(`${prefix}${base}${suffix}`);
      }
    }
  }
  return names.flatMap((name) => describeOperator(name) ?? []);
})();
