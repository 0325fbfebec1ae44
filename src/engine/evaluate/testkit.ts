/**
 * Builders for the evaluator's tests: short ways to write statements, policies, scenarios and
 * requests. Not used by the engine itself.
 */

import { compileScenario } from '../scenario/compile';
import { NO_POLICIES } from '../scenario/slots';
import type { EvaluationResult, NamedPolicy, Request, Scenario } from '../types';
import { evaluateRequest } from './evaluateRequest';

/** The caller's account in tests. */
export const ACCOUNT = '111122223333';
/** Another account, for cross-account tests. */
export const OTHER_ACCOUNT = '444455556666';
/** Test callers and related ARNs. */
export const ARNS = {
  user: `arn:aws:iam::${ACCOUNT}:user/Alice`,
  role: `arn:aws:iam::${ACCOUNT}:role/Dev`,
  session: `arn:aws:sts::${ACCOUNT}:assumed-role/Dev/alice-session`,
  federated: `arn:aws:sts::${ACCOUNT}:federated-user/Bob`,
  root: `arn:aws:iam::${ACCOUNT}:root`,
  bucket: 'arn:aws:s3:::example-bucket',
  object: 'arn:aws:s3:::example-bucket/report.txt',
} as const;

/** A statement object; `extra` adds Principal, Condition, NotAction and so on. */
export function stmt(
  effect: 'Allow' | 'Deny',
  action: string | string[] | null,
  resource: string | string[] | null = '*',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    Effect: effect,
    ...(action === null ? {} : { Action: action }),
    ...(resource === null ? {} : { Resource: resource }),
    ...extra,
  };
}

/** A named policy (Version 2012-10-17) holding `statements`. */
export function policy(name: string, ...statements: Record<string, unknown>[]): NamedPolicy {
  return { name, document: { Version: '2012-10-17', Statement: statements } };
}

/** A complete scenario for a caller (default: the IAM user Alice) with the given parts. */
export function scenario(parts: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    principal: ARNS.user,
    ...NO_POLICIES,
    requests: [],
    ...parts,
  };
}

/** A request on `resource` (default `*`) with an optional context. */
export function request(action: string, resource = '*', extra: Partial<Request> = {}): Request {
  return { action, resource, context: {}, ...extra };
}

/** Compiles `parts` and evaluates one request. */
export function run(parts: Partial<Scenario>, req: Request): EvaluationResult {
  return evaluateRequest(compileScenario(scenario(parts)), req);
}
