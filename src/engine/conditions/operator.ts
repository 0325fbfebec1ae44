/** The shape shared by every condition operator of the registry (docs/iam-semantics.md §4.1). */
import type { PatternPiece } from '../match/variables';

/** Operator families, as grouped on the condition-operators page. */
export const OPERATOR_FAMILIES = [
  'String',
  'Numeric',
  'Date',
  'Bool',
  'Binary',
  'Ip',
  'Arn',
  'Null',
] as const;
/** One operator family. */
export type OperatorFamily = (typeof OPERATOR_FAMILIES)[number];

/**
 * A base condition operator (no `ForAllValues:`/`ForAnyValue:` prefix, no `IfExists`).
 * `test` is always the POSITIVE comparison; `negated` operators are evaluated as its NOR
 * over the policy values (docs/iam-semantics.md §4.2), so `StringNotEquals.test` is string equality.
 */
export interface ConditionOperator {
  /** Base name, e.g. `StringNotLike`. */
  readonly name: string;
  readonly family: OperatorFamily;
  /** A "Not" operator: several values combine as NOR and a missing key makes it true (§4.3). */
  readonly negated: boolean;
  /** Policy variables are substituted in its values (String and ARN operators, docs/iam-semantics.md §4.6). */
  readonly supportsVariables: boolean;
  /** `*` and `?` in its values are wildcards (StringLike and the ARN operators). */
  readonly supportsWildcards: boolean;
  /** Positive comparison of one request value with one policy value. */
  readonly test: (requestValue: string, policyValue: string) => boolean;
  /**
   * Same as `test` for a policy value after variable substitution, whose `literal` pieces
   * must not act as wildcards. Present only on wildcard operators; the others compare the
   * joined text with `test`.
   */
  readonly testPieces?: (requestValue: string, pieces: readonly PatternPiece[]) => boolean;
}

/** Builds the positive and negated members of a family that differ only in name. */
export function operatorPair(
  positive: string,
  negative: string,
  shape: Omit<ConditionOperator, 'name' | 'negated'>,
): [ConditionOperator, ConditionOperator] {
  return [
    { ...shape, name: positive, negated: false },
    { ...shape, name: negative, negated: true },
  ];
}
