/**
 * Policy documents as the Access Analyzer-style checks take them: validated for their policy
 * type, split into statements, and each statement read as identity-policy statements (see
 * `principals.ts`) so the analysis can classify what it grants.
 */

import { parsePolicy } from '../parse/parsePolicy';
import type { Diagnostic, Policy, PolicyType } from '../types';
import { asIdentityStatements, withoutSid } from './principals';

type Json = Record<string, unknown>;

/** Access Analyzer's policy types (`--policy-type`). */
export const CHECK_POLICY_TYPES = ['IDENTITY_POLICY', 'RESOURCE_POLICY'] as const;
/** One of {@link CHECK_POLICY_TYPES}. */
export type CheckPolicyType = (typeof CHECK_POLICY_TYPES)[number];

const ENGINE_TYPE: Record<CheckPolicyType, PolicyType> = {
  IDENTITY_POLICY: 'identity',
  RESOURCE_POLICY: 'resource',
};

/** One statement of a checked document. */
export interface CheckedStatement {
  /** Position in the document's Statement array (0 for a lone statement object). */
  readonly index: number;
  readonly sid: string | null;
  readonly effect: 'Allow' | 'Deny';
  /** The identity-policy statements it stands for. */
  readonly parts: readonly Json[];
}

/** A checked document: its Version and statements, and the partition its ARNs name. */
export interface CheckedDocument {
  readonly version: unknown;
  readonly statements: readonly CheckedStatement[];
  /** The partition of the first ARN among its Resource entries, or null. */
  readonly partition: string | null;
}

/** A document ready for the checks, or the first error that keeps AWS from accepting it. */
export type DocumentResult =
  | { readonly ok: true; readonly document: CheckedDocument }
  | { readonly ok: false; readonly error: Diagnostic };

function partitionOf(policy: Policy): string | null {
  for (const statement of policy.statements) {
    for (const pattern of statement.resource?.patterns ?? []) {
      const partition = pattern.value.startsWith('arn:') ? pattern.value.split(':')[1] : undefined;
      if (partition !== undefined && /^[a-z-]+$/.test(partition)) return partition;
    }
  }
  return null;
}

/**
 * Validates `text` as a policy of `type` and splits it. Error-severity diagnostics refuse it,
 * as AWS refuses to check an invalid policy — except the size quota: a reference policy is
 * never attached, so its length does not matter.
 */
export function readCheckedDocument(text: string, type: CheckPolicyType): DocumentResult {
  const engineType = ENGINE_TYPE[type];
  const parsed = parsePolicy(text, engineType);
  const error = parsed.diagnostics.find((d) => d.severity === 'error' && d.code !== 'policy-size');
  if (error !== undefined || parsed.policy === null) {
    return { ok: false, error: error ?? (parsed.diagnostics[0] as Diagnostic) };
  }
  const policy = parsed.policy;
  const value = JSON.parse(text) as Json;
  const raw = Array.isArray(value.Statement) ? (value.Statement as Json[]) : [value.Statement as Json];
  const statements = raw.map((statement, index): CheckedStatement => {
    const parsedStatement = policy.statements.find((s) => s.index === index);
    return {
      index,
      sid: parsedStatement?.sid ?? null,
      effect: parsedStatement?.effect ?? 'Allow',
      parts: type === 'RESOURCE_POLICY' ? asIdentityStatements(statement) : [withoutSid(statement)],
    };
  });
  return { ok: true, document: { version: value.Version, statements, partition: partitionOf(policy) } };
}

/** An identity-policy document of `statements`' parts, with the original Version. */
export function identityDocument(version: unknown, statements: readonly CheckedStatement[]): Json {
  return {
    ...(typeof version === 'string' ? { Version: version } : {}),
    Statement: statements.flatMap((statement) => statement.parts),
  };
}
