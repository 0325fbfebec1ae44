/**
 * Who the guardrails checks are about: the IAM user or role that carries the boundary (for a
 * session, the role it came from) and the boundary's ARN.
 */

import type { CompiledScenario } from '../scenario/compile';
import type { GuardrailSubject } from './types';

/** The subject, or why the checks do not apply; `notes` lists what had to be assumed. */
export type SubjectResult =
  | { readonly ok: true; readonly subject: GuardrailSubject; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** A managed policy's name as IAM allows it (`[\w+=,.@-]`, at most 128 characters). */
function policyName(name: string): string {
  const cleaned = name.replace(/[^\w+=,.@-]/g, '-').slice(0, 128);
  return cleaned === '' ? 'boundary' : cleaned;
}

/**
 * The boundary's ARN: the document's `arn`, else one derived from its name (said in `notes`).
 * Documented choice: a customer managed policy of the caller's account named like the boundary.
 */
function boundaryArn(compiled: CompiledScenario, notes: string[]): { arn: string; assumed: boolean } {
  const boundary = compiled.scenario.permissionsBoundary;
  if (boundary?.arn !== undefined) return { arn: boundary.arn, assumed: false };
  const { partition, account } = compiled.caller;
  const arn = `arn:${partition}:iam::${account}:policy/${policyName(boundary?.name ?? '')}`;
  notes.push(
    `The scenario gives no ARN for the boundary, so the checks take it to be the customer managed ` +
      `policy ${arn}, after its name.`,
  );
  return { arn, assumed: true };
}

/** Works out the subject of the checks for a compiled scenario. */
export function subjectOf(compiled: CompiledScenario): SubjectResult {
  const caller = compiled.caller;
  if (caller.kind === 'root') {
    return { ok: false, reason: 'The root user has no permissions boundary: nothing to escape.' };
  }
  if (compiled.boundary === null) {
    return {
      ok: false,
      reason:
        'The principal has no permissions boundary. The guardrails checks ask whether a ' +
        'delegated administrator can escape its boundary; add one to run them.',
    };
  }
  const notes: string[] = [];
  let selfArn: string;
  let selfKind: GuardrailSubject['selfKind'];
  if (caller.kind === 'user') {
    selfArn = caller.arn;
    selfKind = 'user';
  } else if (caller.kind === 'role-session') {
    selfArn = caller.roleArn;
    selfKind = 'role';
    if (compiled.scenario.sessionIssuer === undefined) {
      notes.push(
        `The session's role is taken to be ${selfArn}, without a path: give sessionIssuer when the role has one.`,
      );
    }
  } else {
    // A federated user (GetFederationToken) carries its IAM user's boundary.
    selfKind = 'user';
    selfArn = caller.parentUserArn ?? `arn:${caller.partition}:iam::${caller.account}:user/${caller.name}`;
    if (caller.parentUserArn === null) {
      notes.push(`The federated user's IAM user is taken to be ${selfArn}: give sessionIssuer to name it.`);
    }
  }
  const boundary = boundaryArn(compiled, notes);
  return {
    ok: true,
    subject: {
      principal: caller.arn,
      selfArn,
      selfKind,
      boundaryArn: boundary.arn,
      boundaryArnAssumed: boundary.assumed,
    },
    notes,
  };
}
