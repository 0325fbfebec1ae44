/**
 * The caller (request principal) and Principal-element matching (docs/iam-semantics.md §2.4, §3.4, §3.5).
 */
import { parseArn, type ArnParts } from '../arn';
import type { Caller, PrincipalEntry } from '../types';

const ACCOUNT_ID = /^\d{12}$/;
// Documented choice: any `aws` or `aws-…` partition is accepted (aws, aws-cn, aws-us-gov and
// the isolated partitions); AWS itself lists the partitions in reference-arns.html.
const PARTITION = /^aws(?:-[a-z]+)*$/;
// IAM user/role names, role-session and federated-user names: "[\w+=,.@-]" (IAM/STS APIs).
const NAME = /^[\w+=,.@-]+$/;

/**
 * A parsed caller, with what about its ARN AWS would never produce (warnings: the caller is
 * still evaluated as written), or why it cannot be evaluated at all.
 */
export type CallerResult =
  | { readonly ok: true; readonly caller: Caller; readonly warnings: readonly CallerWarning[] }
  | { readonly ok: false; readonly error: string };

/** Something about the caller AWS could not produce; `field` is the scenario field it is in. */
export interface CallerWarning {
  readonly field: 'principal' | 'sessionIssuer';
  readonly message: string;
}

const fail = (error: string): CallerResult => ({ ok: false, error });

/** Collects the warnings of one parse. */
class Findings {
  readonly warnings: CallerWarning[] = [];
  add(field: CallerWarning['field'], message: string | null): void {
    if (message !== null) this.warnings.push({ field, message });
  }
}

/** The shape every caller ARN shares; what is unusual about it, or null. */
function commonProblem(parts: ArnParts): string | null {
  if (!PARTITION.test(parts.partition))
    return `Unknown partition "${parts.partition}" (AWS has aws, aws-cn, aws-us-gov…).`;
  if (parts.region !== '')
    return `An ${parts.service.toUpperCase()} principal ARN has no Region ("${parts.region}").`;
  if (!ACCOUNT_ID.test(parts.account)) return `The account ID "${parts.account}" is not 12 digits.`;
  return null;
}

function nameProblem(what: string, name: string, min: number, max: number): string | null {
  if (name.length < min || name.length > max)
    return `AWS allows ${min}–${max} characters in a ${what}; "${name}" has ${name.length}.`;
  if (!NAME.test(name)) return `A ${what} may contain only letters, digits and _+=,.@- ("${name}").`;
  return null;
}

/** Splits `type/path/…/Name` into path (`/` or `/a/b/`) and name. */
function splitPath(rest: string): { path: string; name: string } {
  const last = rest.lastIndexOf('/');
  return { path: last <= 0 ? '/' : `/${rest.slice(0, last)}/`, name: rest.slice(last + 1) };
}

function parseIamCaller(arn: string, parts: ArnParts, found: Findings): Caller | string {
  const { partition, account, resource } = parts;
  if (resource === 'root') return { kind: 'root', arn, account, partition };
  if (resource.startsWith('user/')) {
    const { path, name } = splitPath(resource.slice('user/'.length));
    found.add('principal', nameProblem('user name', name, 1, 64));
    if (resource.includes('//')) found.add('principal', 'The user path has an empty segment.');
    return { kind: 'user', arn, account, partition, name, path };
  }
  if (resource.startsWith('role/')) {
    return (
      'A role never makes requests itself: use the session ARN ' +
      `arn:${partition}:sts::${account}:assumed-role/ROLE-NAME/SESSION-NAME and give the role ARN as sessionIssuer.`
    );
  }
  return `Unsupported IAM principal "${resource}": use user/NAME or root.`;
}

function roleArnOf(
  parts: ArnParts,
  roleName: string,
  sessionIssuer: string | undefined,
  found: Findings,
): string {
  const own = `arn:${parts.partition}:iam::${parts.account}:role/${roleName}`;
  if (sessionIssuer === undefined) return own;
  const issuer = parseArn(sessionIssuer);
  if (issuer === null || issuer.service !== 'iam' || !issuer.resource.startsWith('role/')) {
    found.add(
      'sessionIssuer',
      `"${sessionIssuer}" is not a role ARN (arn:…:iam::ACCOUNT:role/PATH/NAME); it is ignored.`,
    );
    return own;
  }
  found.add('sessionIssuer', commonProblem(issuer));
  if (issuer.partition !== parts.partition || issuer.account !== parts.account)
    found.add('sessionIssuer', 'The role is in another partition or account than the session.');
  if (splitPath(issuer.resource.slice('role/'.length)).name !== roleName)
    found.add('sessionIssuer', `It names a different role than the session ARN ("${roleName}").`);
  return sessionIssuer;
}

function parseRoleSession(
  arn: string,
  parts: ArnParts,
  sessionIssuer: string | undefined,
  found: Findings,
): Caller | string {
  const segments = parts.resource.split('/');
  if (segments.length !== 3) return 'An assumed-role ARN has the form …:assumed-role/ROLE-NAME/SESSION-NAME.';
  const [, roleName, sessionName] = segments as [string, string, string];
  if (roleName === '' || sessionName === '') return 'An assumed-role ARN names a role and a session.';
  // The STS API's limits: role names 1–64, RoleSessionName 2–64 characters.
  found.add('principal', nameProblem('role name', roleName, 1, 64));
  found.add('principal', nameProblem('role session name', sessionName, 2, 64));
  const roleArn = roleArnOf(parts, roleName, sessionIssuer, found);
  const { partition, account } = parts;
  return { kind: 'role-session', arn, account, partition, roleName, sessionName, roleArn };
}

function parseFederatedUser(
  arn: string,
  parts: ArnParts,
  sessionIssuer: string | undefined,
  found: Findings,
): Caller | string {
  const { partition, account } = parts;
  const name = parts.resource.slice('federated-user/'.length);
  if (name === '') return 'A federated-user ARN names the user: …:federated-user/NAME.';
  // GetFederationToken's Name: 2–32 characters.
  found.add('principal', nameProblem('federated user name', name, 2, 32));
  let parentUserArn: string | null = null;
  if (sessionIssuer !== undefined) {
    const parent = parseCaller(sessionIssuer);
    if (!parent.ok || parent.caller.kind !== 'user') {
      found.add(
        'sessionIssuer',
        'The issuer of a federated user is the IAM user ARN that called GetFederationToken; it is ignored.',
      );
    } else {
      for (const warning of parent.warnings) found.add('sessionIssuer', warning.message);
      if (parent.caller.partition !== partition || parent.caller.account !== account)
        found.add('sessionIssuer', 'The user is in another partition or account than the federated user.');
      parentUserArn = parent.caller.arn;
    }
  }
  return { kind: 'federated-user', arn, account, partition, name, parentUserArn };
}

/**
 * Parses the scenario's caller ARN (+ optional sessionIssuer). Documented choice: what AWS could
 * never produce but can still be evaluated (a one-character session name, an 11-digit account, a
 * Region in the ARN) is a warning and the caller is used as written; only an ARN that names no
 * caller at all (not an ARN, another service, a role instead of its session) is an error.
 */
export function parseCaller(arn: string, sessionIssuer?: string): CallerResult {
  const parts = parseArn(arn);
  if (parts === null) return fail(`"${arn}" is not an ARN (expected arn:partition:sts::account-id:…).`);
  if (parts.service !== 'iam' && parts.service !== 'sts') {
    return fail(`The caller must be an IAM or STS ARN, not service "${parts.service}".`);
  }
  const found = new Findings();
  found.add('principal', commonProblem(parts));
  let caller: Caller | string;
  if (parts.service === 'iam') {
    caller = parseIamCaller(arn, parts, found);
    if (sessionIssuer !== undefined)
      found.add(
        'sessionIssuer',
        'A session issuer applies only to role sessions and federated users; it is ignored.',
      );
  } else if (parts.resource.startsWith('assumed-role/')) {
    caller = parseRoleSession(arn, parts, sessionIssuer, found);
  } else if (parts.resource.startsWith('federated-user/')) {
    caller = parseFederatedUser(arn, parts, sessionIssuer, found);
  } else {
    caller = 'An STS caller ARN is …:assumed-role/ROLE/SESSION or …:federated-user/NAME.';
  }
  return typeof caller === 'string' ? fail(caller) : { ok: true, caller, warnings: found.warnings };
}

/** How a principal entry names the caller (docs/iam-semantics.md §2.4 / §3.4 "Kind"), or null when it does not. */
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
