/** Numeric operators (spec §4.1): integers and decimals compared by value. */
import { operatorPair, type ConditionOperator } from './operator';

// Documented choice: a number is an optional sign, digits and an optional decimal part
// (`1`, `-2`, `1.0`, `.5`). Exponents, hex, `Infinity` and surrounding spaces are not
// numbers, so they never satisfy a positive operator (and satisfy NumericNotEquals, whose
// NOR then finds nothing equal). Access Analyzer reports such policy values as type errors.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses an IAM number; null when `text` is not one. */
export function parseNumber(text: string): number | null {
  return NUMBER.test(text) ? Number(text) : null;
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
