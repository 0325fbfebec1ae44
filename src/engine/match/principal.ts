/**
 * The caller (request principal) and Principal-element matching (spec §2.4, §3.4, §3.5).
 */
import { parseArn, type ArnParts } from '../arn';
import type { Caller, PrincipalEntry } from '../types';

const ACCOUNT_ID = /^\d{12}$/;
// Documented choice: any `aws` or `aws-…` partition is accepted (aws, aws-cn, aws-us-gov and
// the isolated partitions); AWS itself lists the partitions in reference-arns.html.
const PARTITION = /^aws(?:-[a-z]+)*$/;
// IAM user/role names, role-session and federated-user names: "[\w+=,.@-]" (IAM/STS APIs).
const NAME = /^[\w+=,.@-]+$/;

type CallerResult = { ok: true; caller: Caller } | { ok: false; error: string };

const fail = (error: string): CallerResult => ({ ok: false, error });

/** Checks the parts every caller ARN shares; returns an error message or null. */
function checkCommon(text: string, parts: ArnParts | null, service: string): string | null {
  if (parts === null) return `"${text}" is not an ARN (expected arn:partition:${service}::account-id:…).`;
  if (!PARTITION.test(parts.partition))
    return `Unknown partition "${parts.partition}" (use aws, aws-cn or aws-us-gov).`;
  if (parts.region !== '')
    return `An ${parts.service.toUpperCase()} principal ARN has no Region; remove "${parts.region}".`;
  if (!ACCOUNT_ID.test(parts.account)) return `The account ID "${parts.account}" must be exactly 12 digits.`;
  return null;
}

function checkName(what: string, name: string, min: number, max: number): string | null {
  if (name.length < min || name.length > max) return `The ${what} must be ${min}–${max} characters long.`;
  if (!NAME.test(name)) return `The ${what} "${name}" may contain only letters, digits and _+=,.@-.`;
  return null;
}

/** Splits `type/path/…/Name` into path (`/` or `/a/b/`) and name. */
function splitPath(rest: string): { path: string; name: string } {
  const last = rest.lastIndexOf('/');
  return { path: last <= 0 ? '/' : `/${rest.slice(0, last)}/`, name: rest.slice(last + 1) };
}

function parseIamCaller(arn: string, parts: ArnParts): CallerResult {
  const { partition, account, resource } = parts;
  if (resource === 'root') return { ok: true, caller: { kind: 'root', arn, account, partition } };
  if (resource.startsWith('user/')) {
    const { path, name } = splitPath(resource.slice('user/'.length));
    const problem =
      checkName('user name', name, 1, 64) ??
      (resource.includes('//') ? 'The user path has an empty segment.' : null);
    return problem
      ? fail(problem)
      : { ok: true, caller: { kind: 'user', arn, account, partition, name, path } };
  }
  if (resource.startsWith('role/')) {
    return fail(
      'A role never makes requests itself: use the session ARN ' +
        `arn:${partition}:sts::${account}:assumed-role/ROLE-NAME/SESSION-NAME and give the role ARN as sessionIssuer.`,
    );
  }
  return fail(`Unsupported IAM principal "${resource}": use user/NAME or root.`);
}

function parseRoleSession(arn: string, parts: ArnParts, sessionIssuer: string | undefined): CallerResult {
  const { partition, account } = parts;
  const segments = parts.resource.split('/');
  if (segments.length !== 3)
    return fail('An assumed-role ARN has the form …:assumed-role/ROLE-NAME/SESSION-NAME.');
  const [, roleName, sessionName] = segments as [string, string, string];
  const problem = checkName('role name', roleName, 1, 64) ?? checkName('session name', sessionName, 2, 64);
  if (problem) return fail(problem);
  let roleArn = `arn:${partition}:iam::${account}:role/${roleName}`;
  if (sessionIssuer !== undefined) {
    const issuer = parseArn(sessionIssuer);
    const issuerProblem = checkCommon(sessionIssuer, issuer, 'iam');
    if (issuerProblem) return fail(`sessionIssuer: ${issuerProblem}`);
    const { partition: p, service, account: a, resource } = issuer as ArnParts;
    if (service !== 'iam' || !resource.startsWith('role/'))
      return fail('sessionIssuer must be the role ARN arn:…:iam::ACCOUNT:role/PATH/NAME.');
    if (p !== partition || a !== account)
      return fail('sessionIssuer must be a role in the same partition and account as the session.');
    if (splitPath(resource.slice('role/'.length)).name !== roleName) {
      return fail(`sessionIssuer names a different role than the session ARN ("${roleName}").`);
    }
    roleArn = sessionIssuer;
  }
  return {
    ok: true,
    caller: { kind: 'role-session', arn, account, partition, roleName, sessionName, roleArn },
  };
}

function parseFederatedUser(arn: string, parts: ArnParts, sessionIssuer: string | undefined): CallerResult {
  const { partition, account } = parts;
  const name = parts.resource.slice('federated-user/'.length);
  const problem = checkName('federated user name', name, 2, 32);
  if (problem) return fail(problem);
  let parentUserArn: string | null = null;
  if (sessionIssuer !== undefined) {
    const parent = parseCaller(sessionIssuer);
    if (!parent.ok) return fail(`sessionIssuer: ${parent.error}`);
    if (parent.caller.kind !== 'user')
      return fail(
        'sessionIssuer of a federated user must be the IAM user ARN that called GetFederationToken.',
      );
    if (parent.caller.partition !== partition || parent.caller.account !== account) {
      return fail('sessionIssuer must be a user in the same partition and account as the federated user.');
    }
    parentUserArn = parent.caller.arn;
  }
  return { ok: true, caller: { kind: 'federated-user', arn, account, partition, name, parentUserArn } };
}

/** Parses the scenario's caller ARN (+ optional sessionIssuer) into a Caller, or an error message. */
export function parseCaller(
  arn: string,
  sessionIssuer?: string,
): { ok: true; caller: Caller } | { ok: false; error: string } {
  const parts = parseArn(arn);
  if (parts !== null && parts.service !== 'iam' && parts.service !== 'sts') {
    return fail(`The caller must be an IAM or STS ARN, not service "${parts.service}".`);
  }
  const problem = checkCommon(arn, parts, parts?.service ?? 'iam');
  if (problem) return fail(problem);
  const arnParts = parts as ArnParts;
  if (arnParts.service === 'iam') {
    if (sessionIssuer !== undefined)
      return fail('sessionIssuer applies only to assumed-role and federated-user callers.');
    return parseIamCaller(arn, arnParts);
  }
  if (arnParts.resource.startsWith('assumed-role/')) return parseRoleSession(arn, arnParts, sessionIssuer);
  if (arnParts.resource.startsWith('federated-user/'))
    return parseFederatedUser(arn, arnParts, sessionIssuer);
  return fail('An STS caller ARN is …:assumed-role/ROLE/SESSION or …:federated-user/NAME.');
}

/** How a principal entry names the caller (spec §2.4 / §3.4 "Kind"), or null when it does not. */
export type PrincipalMatchKind =
  'wildcard' | 'account' | 'user' | 'role' | 'session' | 'federated-user' | 'parent-user';

/**
 * Does one Principal/NotPrincipal entry name the caller, and how?
 * Documented choice: ARNs are compared exactly as written, path and case included. IAM
 * stores principals as unique IDs and names are unique case-insensitively, so real AWS may
 * accept `role/myrole` for `MyRole`; a browser evaluator without IAM's directory cannot.
 * A role entry matches a role session only through the session's role ARN, which carries a
 * path only when the scenario's sessionIssuer gives one.
 */
export function principalEntryMatches(entry: PrincipalEntry, caller: Caller): PrincipalMatchKind | null {
  // Service, Federated (web identity / SAML) and CanonicalUser principals are never IAM callers.
  if (entry.type !== 'AWS') return null;
  const value = entry.value;
  if (value === '*') return 'wildcard';
  if (ACCOUNT_ID.test(value)) return value === caller.account ? 'account' : null;
  const parts = parseArn(value);
  if (parts === null || parts.partition !== caller.partition || parts.account !== caller.account) return null;
  if (parts.service === 'iam') {
    if (parts.resource === 'root') return 'account';
    if (caller.kind === 'user' && value === caller.arn) return 'user';
    if (caller.kind === 'role-session' && value === caller.roleArn) return 'role';
    if (caller.kind === 'federated-user' && value === caller.parentUserArn) return 'parent-user';
    return null;
  }
  if (parts.service === 'sts' && value === caller.arn) {
    if (caller.kind === 'role-session') return 'session';
    if (caller.kind === 'federated-user') return 'federated-user';
  }
  return null;
}

/**
 * The context keys AWS adds for the caller (`condkeys`, reference_policies_condition-keys.html):
 * - `aws:PrincipalArn`: the user ARN; for a role session the ROLE ARN ("For IAM roles, the
 *   request context returns the ARN of the role, not the ARN of the user that assumed the
 *   role"); the federated-user ARN; `arn:…:iam::ACCOUNT:root` for the root user.
 * - `aws:PrincipalAccount`: the caller's account.
 * - `aws:PrincipalType`: `User`, `AssumedRole`, `FederatedUser` or `Account` (root).
 * - `aws:username`: IAM users only ("not present for roles, root, or federated users").
 * `aws:userid` is left out: it holds IAM unique IDs (AIDA…/AROA…) a scenario does not have.
 */
export function deriveCallerContext(caller: Caller): Record<string, string> {
  const base = { 'aws:PrincipalAccount': caller.account };
  switch (caller.kind) {
    case 'user':
      return {
        'aws:PrincipalArn': caller.arn,
        ...base,
        'aws:PrincipalType': 'User',
        'aws:username': caller.name,
      };
    case 'role-session':
      return { 'aws:PrincipalArn': caller.roleArn, ...base, 'aws:PrincipalType': 'AssumedRole' };
    case 'federated-user':
      return { 'aws:PrincipalArn': caller.arn, ...base, 'aws:PrincipalType': 'FederatedUser' };
    case 'root':
      return { 'aws:PrincipalArn': caller.arn, ...base, 'aws:PrincipalType': 'Account' };
  }
}
