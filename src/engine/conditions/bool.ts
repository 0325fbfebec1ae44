/** The Bool operator (docs/iam-semantics.md §4.1). */
import type { ConditionOperator } from './operator';

/** `true`/`false` in any letter case, or null. */
function parseBool(text: string): boolean | null {
  const lower = text.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : null;
}

/**
 * Bool. Documented choice: `true`/`false` compare case-insensitively on both sides (AWS does
 * not say; `"True"` is common in hand-written policies); any other value never matches.
 * Documented choice: no policy variables (Access Analyzer: "Policy variables can only be
 * used with String and ARN operators", although a 2023 page said Bool accepts them).
 */
export const BOOL_OPERATORS: readonly ConditionOperator[] = [
  {
    name: 'Bool',
    family: 'Bool',
    negated: false,
    supportsVariables: false,
    supportsWildcards: false,
    test: (request, policy) => {
      const r = parseBool(request);
      return r !== null && r === parseBool(policy);
    },
  },
];
