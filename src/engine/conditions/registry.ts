/** All condition operators by base name, and the parsing of operator names (docs/iam-semantics.md §4.1). */
import type { SetQualifier } from '../types';
import { ARN_OPERATORS } from './arn';
import { BINARY_OPERATORS } from './binary';
import { BOOL_OPERATORS } from './bool';
import { DATE_OPERATORS } from './date';
import { IP_OPERATORS } from './ip';
import { NULL_OPERATORS } from './null';
import { NUMERIC_OPERATORS } from './numeric';
import type { ConditionOperator } from './operator';
import { STRING_OPERATORS } from './string';

const ALL: readonly ConditionOperator[] = [
  ...STRING_OPERATORS,
  ...NUMERIC_OPERATORS,
  ...DATE_OPERATORS,
  ...BOOL_OPERATORS,
  ...BINARY_OPERATORS,
  ...IP_OPERATORS,
  ...ARN_OPERATORS,
  ...NULL_OPERATORS,
];

const BY_NAME: ReadonlyMap<string, ConditionOperator> = new Map(ALL.map((op) => [op.name, op]));

/** Known operator names (base names) for validation/completion. */
export const CONDITION_OPERATORS: readonly string[] = ALL.map((op) => op.name);

/** The operator with this base name (case-sensitive, as IAM keywords are), if any. */
export function getConditionOperator(baseName: string): ConditionOperator | undefined {
  return BY_NAME.get(baseName);
}

/** An operator name split into its parts. */
export interface OperatorName {
  readonly baseOperator: string;
  readonly qualifier: SetQualifier | null;
  readonly ifExists: boolean;
}

const QUALIFIERS: readonly SetQualifier[] = ['ForAllValues', 'ForAnyValue'];
const IF_EXISTS = 'IfExists';

/**
 * Splits `ForAnyValue:StringLikeIfExists` into qualifier, base name and IfExists. Returns
 * null when the base is not a known operator. `NullIfExists` is returned as Null with
 * `ifExists` set, so validation can report "Null with if exists" precisely.
 */
export function parseOperatorName(operator: string): OperatorName | null {
  let rest = operator;
  let qualifier: SetQualifier | null = null;
  for (const q of QUALIFIERS) {
    if (rest.startsWith(`${q}:`)) {
      qualifier = q;
      rest = rest.slice(q.length + 1);
      break;
    }
  }
  if (BY_NAME.has(rest)) return { baseOperator: rest, qualifier, ifExists: false };
  if (rest.endsWith(IF_EXISTS)) {
    const base = rest.slice(0, -IF_EXISTS.length);
    if (BY_NAME.has(base)) return { baseOperator: base, qualifier, ifExists: true };
  }
  return null;
}
