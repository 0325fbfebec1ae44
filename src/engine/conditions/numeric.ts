/** Numeric operators (docs/iam-semantics.md §4.1): integers and decimals compared by value. */
import { operatorPair, type ConditionOperator } from './operator';

// Documented choice: a number is an optional sign, digits and an optional decimal part
// (`1`, `-2`, `1.0`, `.5`). Exponents, hex, `Infinity` and surrounding spaces are not
// numbers, so they never satisfy a positive operator (and satisfy NumericNotEquals, whose
// NOR then finds nothing equal). Access Analyzer reports such policy values as type errors.
// Digits too many for a double (over about 1e308) count as not a number either, rather than
// as Infinity, which every finite number would be less than.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses an IAM number; null when `text` is not one, or is too large for a double. */
export function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function comparing(compare: (request: number, policy: number) => boolean) {
  return (request: string, policy: string): boolean => {
    const r = parseNumber(request);
    const p = parseNumber(policy);
    return r !== null && p !== null && compare(r, p);
  };
}

const shape = { family: 'Numeric', supportsVariables: false, supportsWildcards: false } as const;

/** NumericEquals … NumericGreaterThanEquals. */
export const NUMERIC_OPERATORS: readonly ConditionOperator[] = [
  ...operatorPair('NumericEquals', 'NumericNotEquals', { ...shape, test: comparing((r, p) => r === p) }),
  { ...shape, name: 'NumericLessThan', negated: false, test: comparing((r, p) => r < p) },
  { ...shape, name: 'NumericLessThanEquals', negated: false, test: comparing((r, p) => r <= p) },
  { ...shape, name: 'NumericGreaterThan', negated: false, test: comparing((r, p) => r > p) },
  { ...shape, name: 'NumericGreaterThanEquals', negated: false, test: comparing((r, p) => r >= p) },
];
