/** Builds scenario parts for one user or role of get-account-authorization-details output. */

import { parseArn } from '../engine';
import type {
  AttachedPolicyDetail,
  AuthorizationDetails,
  ImportedScenario,
  InlinePolicyDetail,
  ManagedPolicyDetail,
  PolicySource,
  RoleDetail,
  UserDetail,
} from './types';

// Documented choice: a role never calls AWS itself, so an imported role becomes a session of it
// (`assumed-role/NAME/ImportedSession`) with the role ARN, path included, as session issuer.
/** Options of {@link scenarioFromAuthorizationDetails}. */
export interface ScenarioImportOptions {
  /** Session name of the assumed-role ARN built for a role. @default 'ImportedSession' */
  readonly sessionName?: string;
}

/** The scenario parts, or why they could not be built. */
export type ScenarioImport =
  | { readonly ok: true; readonly scenario: ImportedScenario }
  | { readonly ok: false; readonly message: string };

/** Whether `arn` names an AWS managed policy (`arn:PARTITION:iam::aws:policy/…`). */
export function isAwsManagedPolicyArn(arn: string): boolean {
  const parts = parseArn(arn);
  return (
    parts !== null &&
    parts.service === 'iam' &&
    parts.account === 'aws' &&
    parts.resource.startsWith('policy/')
  );
}

/**
 * A managed policy as a source: AWS managed ones by reference, customer managed ones with the
 * text of their default version from `Policies`. Null (with a note) when the document is not there.
 */
export function managedSource(
  attached: AttachedPolicyDetail,
  policies: ReadonlyMap<string, ManagedPolicyDetail>,
  notes: string[],
  role: string,
): PolicySource | null {
  if (isAwsManagedPolicyArn(attached.arn)) return { name: attached.name, managedArn: attached.arn };
  const found = policies.get(attached.arn);
  if (found === undefined) {
    notes.push(
      `The customer managed policy ${attached.arn} (${role}) is not in the Policies list, so it is left out. ` +
        'Run get-account-authorization-details without --filter, or with LocalManagedPolicy in it.',
    );
    return null;
  }
  if (found.text === null) {
    notes.push(
      `The customer managed policy ${attached.arn} (${role}) has no default version in the output; it is left out.`,
    );
    return null;
  }
  return { name: found.name, text: found.text };
}

function inline(policies: readonly InlinePolicyDetail[], suffix = ''): PolicySource[] {
  return policies.map((policy) => ({ name: `${policy.name}${suffix}`, text: policy.text }));
}

/** Adds attached policies, skipping ARNs already present (a policy attached to the user and a group). */
function addAttached(
  into: PolicySource[],
  seen: Set<string>,
  attached: readonly AttachedPolicyDetail[],
  policies: ReadonlyMap<string, ManagedPolicyDetail>,
  notes: string[],
  role: string,
): void {
  for (const policy of attached) {
    if (seen.has(policy.arn)) continue;
    seen.add(policy.arn);
    const source = managedSource(policy, policies, notes, role);
    if (source !== null) into.push(source);
  }
}

function boundarySource(
  arn: string | null,
  policies: ReadonlyMap<string, ManagedPolicyDetail>,
  notes: string[],
): PolicySource | null {
  if (arn === null) return null;
  const source = managedSource(
    { arn, name: arn.slice(arn.lastIndexOf('/') + 1) },
    policies,
    notes,
    'permissions boundary',
  );
  if (source === null) {
    notes.push('Without its permissions boundary the scenario may allow more than AWS would.');
  }
  return source;
}

function forUser(
  user: UserDetail,
  details: AuthorizationDetails,
  policies: Map<string, ManagedPolicyDetail>,
): ImportedScenario {
  const notes: string[] = [];
  const identityPolicies = inline(user.inlinePolicies);
  const seen = new Set<string>();
  addAttached(
    identityPolicies,
    seen,
    user.attachedPolicies,
    policies,
    notes,
    `attached to user ${user.name}`,
  );
  const groups = new Map(details.groups.map((group) => [group.name, group]));
  for (const groupName of user.groups) {
    const group = groups.get(groupName);
    if (group === undefined) {
      notes.push(`The user's group ${groupName} is not in GroupDetailList, so its policies are left out.`);
      continue;
    }
    identityPolicies.push(...inline(group.inlinePolicies, ` (group ${group.name})`));
    addAttached(
      identityPolicies,
      seen,
      group.attachedPolicies,
      policies,
      notes,
      `attached to group ${group.name}`,
    );
  }
  return {
    principal: user.arn,
    identityPolicies,
    permissionsBoundary: boundarySource(user.boundaryArn, policies, notes),
    resourcePolicy: null,
    notes,
  };
}

/** `arn:P:sts::A:assumed-role/NAME/SESSION` for a role ARN, or null when it is not one. */
export function sessionArnOf(roleArn: string, roleName: string, sessionName: string): string | null {
  const parts = parseArn(roleArn);
  if (parts === null || parts.service !== 'iam' || !parts.resource.startsWith('role/')) return null;
  return `arn:${parts.partition}:sts::${parts.account}:assumed-role/${roleName}/${sessionName}`;
}

/** The trust policy offered as a resource policy of kind `role-trust`, with a note saying so. */
export function trustPolicySource(role: { name: string; trustPolicy: string | null }, notes: string[]) {
  if (role.trustPolicy === null) return null;
  notes.push(
    `The role's trust policy is offered as the resource policy (kind role-trust); it decides only sts:AssumeRole* requests on ${role.name}.`,
  );
  return { name: `${role.name}-trust-policy`, text: role.trustPolicy, kind: 'role-trust' as const };
}

function forRole(
  role: RoleDetail,
  policies: Map<string, ManagedPolicyDetail>,
  sessionName: string,
): ImportedScenario | string {
  const principal = sessionArnOf(role.arn, role.name, sessionName);
  if (principal === null) return `${role.arn} is not a role ARN.`;
  const notes: string[] = [];
  const identityPolicies = inline(role.inlinePolicies);
  addAttached(
    identityPolicies,
    new Set(),
    role.attachedPolicies,
    policies,
    notes,
    `attached to role ${role.name}`,
  );
  return {
    principal,
    sessionIssuer: role.arn,
    identityPolicies,
    permissionsBoundary: boundarySource(role.boundaryArn, policies, notes),
    resourcePolicy: trustPolicySource(role, notes),
    notes,
  };
}

/**
 * The scenario parts for the user or role with ARN `principalArn` (as listed by
 * `importAwsJson`): a user as itself, a role as a session of it. Never throws.
 */
export function scenarioFromAuthorizationDetails(
  details: AuthorizationDetails,
  principalArn: string,
  options: ScenarioImportOptions = {},
): ScenarioImport {
  const policies = new Map(details.policies.map((policy) => [policy.arn, policy]));
  const wanted = principalArn.trim();
  // ARNs compare exactly first; IAM names are unique regardless of case, so fall back to that.
  const match = <T extends { arn: string }>(list: readonly T[]) =>
    list.find((item) => item.arn === wanted) ??
    list.find((item) => item.arn.toLowerCase() === wanted.toLowerCase());
  const user = match(details.users);
  if (user !== undefined) return { ok: true, scenario: forUser(user, details, policies) };
  const role = match(details.roles);
  if (role !== undefined) {
    const built = forRole(role, policies, options.sessionName ?? 'ImportedSession');
    return typeof built === 'string' ? { ok: false, message: built } : { ok: true, scenario: built };
  }
  return { ok: false, message: `No user or role with ARN ${wanted} is in the output.` };
}
