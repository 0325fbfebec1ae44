/** Condition operator names (docs/iam-semantics.md §4.1): parsing `ForAnyValue:StringLikeIfExists` into parts. */
import { editDistance } from '../catalogChecks/nearestName';
import type { SetQualifier } from '../types';

/** Operator families; they decide value types, wildcards and variables. */
export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';

/** Every base operator with its family. Names are case-sensitive. */
export const BASE_OPERATORS: Readonly<Record<string, OperatorFamily>> = {
  StringEquals: 'string',
  StringNotEquals: 'string',
  StringEqualsIgnoreCase: 'string',
  StringNotEqualsIgnoreCase: 'string',
  StringLike: 'string',
  StringNotLike: 'string',
  NumericEquals: 'numeric',
  NumericNotEquals: 'numeric',
  NumericLessThan: 'numeric',
  NumericLessThanEquals: 'numeric',
  NumericGreaterThan: 'numeric',
  NumericGreaterThanEquals: 'numeric',
  DateEquals: 'date',
  DateNotEquals: 'date',
  DateLessThan: 'date',
  DateLessThanEquals: 'date',
  DateGreaterThan: 'date',
  DateGreaterThanEquals: 'date',
  Bool: 'bool',
  BinaryEquals: 'binary',
  IpAddress: 'ip',
  NotIpAddress: 'ip',
  ArnEquals: 'arn',
  ArnLike: 'arn',
  ArnNotEquals: 'arn',
  ArnNotLike: 'arn',
  Null: 'null',
};

const BY_LOWER = new Map(Object.keys(BASE_OPERATORS).map((name) => [name.toLowerCase(), name]));

/**
 * The base operator a misspelt name most likely meant: the same letters in another case, else
 * the nearest within two edits (one for names shorter than six letters, which are too easily near).
 */
function nearestOperator(lower: string): string | undefined {
  const exact = BY_LOWER.get(lower);
  if (exact !== undefined) return exact;
  const allowed = lower.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const [candidate, name] of BY_LOWER) {
    const distance = editDistance(lower, candidate, allowed);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
const QUALIFIERS: readonly SetQualifier[] = ['ForAllValues', 'ForAnyValue'];
const IF_EXISTS = 'IfExists';

/** An operator name taken apart. */
export interface ParsedOperator {
  readonly qualifier: SetQualifier | null;
  /** The base operator as written (without qualifier and IfExists). */
  readonly baseOperator: string;
  readonly ifExists: boolean;
  /** The family, or null when the base operator is unknown. */
  readonly family: OperatorFamily | null;
  /** Set when the text before `:` is not a known qualifier. */
  readonly badQualifier: { readonly text: string; readonly suggestion: string | null } | null;
  /** The correctly cased operator when the name is wrong only by case, else null. */
  readonly suggestion: string | null;
}

function guessQualifier(text: string): SetQualifier | null {
  const lower = text.toLowerCase();
  if (lower.startsWith('forall')) return 'ForAllValues';
  if (lower.startsWith('forany')) return 'ForAnyValue';
  return null;
}

/** Splits an operator name. Never throws; unknown parts are flagged, not rejected. */
export function parseOperator(name: string): ParsedOperator {
  const colon = name.indexOf(':');
  let qualifier: SetQualifier | null = null;
  let badQualifier: ParsedOperator['badQualifier'] = null;
  let rest = name;
  if (colon >= 0) {
    const text = name.slice(0, colon);
    rest = name.slice(colon + 1);
    if ((QUALIFIERS as readonly string[]).includes(text)) qualifier = text as SetQualifier;
    else badQualifier = { text, suggestion: guessQualifier(text) };
  }
  const ifExists = rest.endsWith(IF_EXISTS);
  const baseOperator = ifExists ? rest.slice(0, -IF_EXISTS.length) : rest;
  const family = Object.hasOwn(BASE_OPERATORS, baseOperator) ? (BASE_OPERATORS[baseOperator] ?? null) : null;

  let suggestion: string | null = null;
  const fixedQualifier = qualifier ?? badQualifier?.suggestion ?? null;
  const prefix = colon >= 0 && fixedQualifier !== null ? `${fixedQualifier}:` : '';
  if (family === null) {
    const lower = rest.toLowerCase();
    const looseIfExists = lower.endsWith(IF_EXISTS.toLowerCase());
    const canonical = nearestOperator(looseIfExists ? lower.slice(0, -IF_EXISTS.length) : lower);
    if (canonical !== undefined) suggestion = `${prefix}${canonical}${looseIfExists ? IF_EXISTS : ''}`;
  } else if (badQualifier?.suggestion) {
    suggestion = `${prefix}${rest}`;
  }
  return { qualifier, baseOperator, ifExists, family, badQualifier, suggestion };
}

/** True for families whose values may hold policy variables (String and ARN operators). */
export function acceptsVariables(family: OperatorFamily): boolean {
  return family === 'string' || family === 'arn';
}
