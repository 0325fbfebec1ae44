/** String operators (docs/iam-semantics.md §4.1): exact, case-insensitive and glob comparisons. */
import { piecesMatcher, globMatcher } from '../match/wildcard';
import { operatorPair, type ConditionOperator } from './operator';

const exact = (request: string, policy: string): boolean => request === policy;
const folded = (request: string, policy: string): boolean => request.toLowerCase() === policy.toLowerCase();

/** StringEquals / StringNotEquals / …IgnoreCase / StringLike / StringNotLike. */
export const STRING_OPERATORS: readonly ConditionOperator[] = [
  ...operatorPair('StringEquals', 'StringNotEquals', {
    family: 'String',
    supportsVariables: true,
    supportsWildcards: false,
    test: exact,
  }),
  ...operatorPair('StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', {
    family: 'String',
    supportsVariables: true,
    supportsWildcards: false,
    test: folded,
  }),
  // StringLike is a plain glob: unlike resources, `*` here may cross `:` (docs/iam-semantics.md §4.1 example).
  ...operatorPair('StringLike', 'StringNotLike', {
    family: 'String',
    supportsVariables: true,
    supportsWildcards: true,
    test: (request, policy) => globMatcher(policy, false)(request),
    testPieces: (request, pieces) => piecesMatcher(pieces, false)(request),
  }),
];
