/**
 * Types of the guardrails check: can a principal with a permissions boundary escape it? Each
 * finding is decided by evaluating concrete requests against the whole scenario, and carries
 * them with their results as its proof.
 */

import type { JsonStatement } from '../analysis/policyJson';
import type { ContextValue, EvaluationResult, Request } from '../types';

/** The checks, in the order they are reported. */
export const GUARDRAIL_IDS = [
  'remove-own-boundary',
  'replace-own-boundary',
  'edit-boundary-policy',
  'create-unbounded-principal',
  'loosen-other-principal',
  'pass-unbounded-role',
  'modify-own-permissions',
] as const;

/** One check. */
export type GuardrailId = (typeof GUARDRAIL_IDS)[number];

/**
 * `fail`: the proof requests are allowed as they are. `possible`: they are allowed only when
 * the request carries some context (tags, MFA, source IP…), named in `condition`. `pass`: the
 * scenario denies them whatever the context.
 */
export type GuardrailStatus = 'fail' | 'possible' | 'pass';

/**
 * `high`: the boundary can be escaped. `medium`: escaping needs a role that already exists
 * unbounded. `info`: harmless while the boundary holds.
 */
export type GuardrailSeverity = 'high' | 'medium' | 'info';

/** One request of a finding's proof, with the engine's answer (trace included). */
export interface GuardrailProof {
  readonly request: Request;
  readonly result: EvaluationResult;
}

/** A condition clause as the policy states it. */
export interface GuardrailClause {
  readonly operator: string;
  readonly key: string;
  readonly values: readonly string[];
}

/** What a `possible` finding's requests needed. */
export interface GuardrailCondition {
  /** E.g. `aws:MultiFactorAuthPresent is "true"`. */
  readonly text: string;
  /** The context keys the proof requests needed beyond the probe's own, with their values. */
  readonly context: Readonly<Record<string, ContextValue>>;
  /** The Allow clauses those values satisfy. */
  readonly clauses: readonly GuardrailClause[];
}

/** Where a fix goes: the boundary, or an identity policy by position. */
export type GuardrailFixTarget =
  | { readonly slot: 'permissionsBoundary'; readonly policyName: string }
  | { readonly slot: 'identityPolicies'; readonly index: number; readonly policyName: string };

/**
 * The statements AWS recommends against a finding, to add to the target policy's `Statement`
 * array. Offered only after the check passed on a copy of the scenario with them added.
 */
export interface GuardrailFix {
  /** One sentence: what the statements do. */
  readonly description: string;
  readonly target: GuardrailFixTarget;
  readonly statements: readonly JsonStatement[];
  /** The AWS page the recommendation comes from. */
  readonly source: string;
}

/** The answer of one check. */
export interface GuardrailFinding {
  readonly id: GuardrailId;
  readonly severity: GuardrailSeverity;
  readonly title: string;
  readonly status: GuardrailStatus;
  /**
   * `fail` / `possible`: the requests of one way out, each allowed (in order). `pass`: the
   * request that stopped each way out the check tried, each denied.
   */
  readonly requests: readonly GuardrailProof[];
  /** For `possible`: the context the requests needed. */
  readonly condition?: GuardrailCondition;
  /** One paragraph for learners: what the check tries and what the result means. */
  readonly explanation: string;
  /** What the check found worth knowing beyond the status (e.g. the boundary a create must carry). */
  readonly notes: readonly string[];
  readonly fix?: GuardrailFix;
}

/** The principal the checks are about. */
export interface GuardrailSubject {
  /** The caller as the scenario names it. */
  readonly principal: string;
  /** The IAM user or role whose boundary it is (the caller's role for a session). */
  readonly selfArn: string;
  readonly selfKind: 'user' | 'role';
  readonly boundaryArn: string;
  /** True when the boundary had no `arn` and `boundaryArn` was derived from its name. */
  readonly boundaryArnAssumed: boolean;
}

/** The result of {@link checkGuardrails}. */
export interface GuardrailReport {
  /** Null when the checks do not apply (see `notes`): no boundary, or the root user. */
  readonly subject: GuardrailSubject | null;
  /** Assumptions made about the subject, and why the checks did not apply. */
  readonly notes: readonly string[];
  /** One finding per check, in {@link GUARDRAIL_IDS} order; empty when `subject` is null. */
  readonly findings: readonly GuardrailFinding[];
}
