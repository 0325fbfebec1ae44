/** The Null operator (docs/iam-semantics.md §4.3): tests whether a key is absent, not its value. */
import type { ConditionOperator } from './operator';

/** True when a Null policy value (`true`/`false`) agrees with the key's absence. */
export function nullMatches(policyValue: string, keyAbsent: boolean): boolean {
  // Documented choice: `true`/`false` are read case-insensitively, as for Bool.
  const lower = policyValue.toLowerCase();
  return lower === 'true' ? keyAbsent : lower === 'false' ? !keyAbsent : false;
}

/**
 * Null. `evaluateClause` handles it on key presence, not through `test`; `test` here
 * receives `'true'` when the key is absent, so it can still be exercised on its own.
 */
export const NULL_OPERATORS: readonly ConditionOperator[] = [
  {
    name: 'Null',
    family: 'Null',
    negated: false,
    supportsVariables: false,
    supportsWildcards: false,
    test: (absent, policy) => nullMatches(policy, absent === 'true'),
  },
];
