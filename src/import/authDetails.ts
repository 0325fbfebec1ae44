/**
 * Reading `aws iam get-account-authorization-details` output into {@link AuthorizationDetails}:
 * every field the scenario needs is checked, every document decoded once.
 */

import {
  boundaryArn,
  documentText,
  InvalidField,
  nameFromArn,
  objectList,
  optionalString,
  own,
  requiredString,
  stringList,
} from './fields';
import type {
  AttachedPolicyDetail,
  AuthorizationDetails,
  GroupDetail,
  InlinePolicyDetail,
  ManagedPolicyDetail,
  PrincipalChoice,
  RoleDetail,
  UserDetail,
} from './types';

/** Top-level keys that mark the output of get-account-authorization-details. */
export const AUTHORIZATION_DETAILS_KEYS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList'] as const;

function inlinePolicies(record: Record<string, unknown>, key: string, path: string): InlinePolicyDetail[] {
  return objectList(record, key, path).map((item, i) => {
    const at = `${path}.${key}[${i}]`;
    return {
      name: requiredString(item, 'PolicyName', at),
      text: documentText(item, 'PolicyDocument', at, true),
    };
  });
}

function attachedPolicies(record: Record<string, unknown>, path: string): AttachedPolicyDetail[] {
  return objectList(record, 'AttachedManagedPolicies', path).map((item, i) => {
    const arn = requiredString(item, 'PolicyArn', `${path}.AttachedManagedPolicies[${i}]`);
    return { arn, name: optionalString(item, 'PolicyName', nameFromArn(arn)) };
  });
}

function readUser(record: Record<string, unknown>, path: string): UserDetail {
  return {
    name: requiredString(record, 'UserName', path),
    arn: requiredString(record, 'Arn', path),
    path: optionalString(record, 'Path', '/'),
    inlinePolicies: inlinePolicies(record, 'UserPolicyList', path),
    attachedPolicies: attachedPolicies(record, path),
    groups: stringList(record, 'GroupList', path),
    boundaryArn: boundaryArn(record, path),
  };
}

function readGroup(record: Record<string, unknown>, path: string): GroupDetail {
  return {
    name: requiredString(record, 'GroupName', path),
    arn: requiredString(record, 'Arn', path),
    inlinePolicies: inlinePolicies(record, 'GroupPolicyList', path),
    attachedPolicies: attachedPolicies(record, path),
  };
}

function readRole(record: Record<string, unknown>, path: string): RoleDetail {
  return {
    name: requiredString(record, 'RoleName', path),
    arn: requiredString(record, 'Arn', path),
    path: optionalString(record, 'Path', '/'),
    trustPolicy: documentText(record, 'AssumeRolePolicyDocument', path, false),
    inlinePolicies: inlinePolicies(record, 'RolePolicyList', path),
    attachedPolicies: attachedPolicies(record, path),
    boundaryArn: boundaryArn(record, path),
  };
}

/** Only the default version is decoded: older versions are history, not in force. */
function readManagedPolicy(record: Record<string, unknown>, path: string): ManagedPolicyDetail {
  const name = requiredString(record, 'PolicyName', path);
  const arn = requiredString(record, 'Arn', path);
  const declared = optionalString(record, 'DefaultVersionId', null);
  const versions = objectList(record, 'PolicyVersionList', path);
  let index = versions.findIndex((version) => own(version, 'IsDefaultVersion') === true);
  if (index < 0 && declared !== null)
    index = versions.findIndex((version) => own(version, 'VersionId') === declared);
  const version = versions[index];
  if (version === undefined) return { name, arn, defaultVersionId: null, text: null };
  const at = `${path}.PolicyVersionList[${index}]`;
  return {
    name,
    arn,
    defaultVersionId: optionalString(version, 'VersionId', declared),
    text: documentText(version, 'Document', at, true),
  };
}

/**
 * Reads the whole output. Throws {@link InvalidField} naming the first bad field; callers
 * catch it (see `importAwsJson`).
 */
export function readAuthorizationDetails(record: Record<string, unknown>): AuthorizationDetails {
  const users = objectList(record, 'UserDetailList', '').map((u, i) => readUser(u, `UserDetailList[${i}]`));
  const groups = objectList(record, 'GroupDetailList', '').map((g, i) =>
    readGroup(g, `GroupDetailList[${i}]`),
  );
  const roles = objectList(record, 'RoleDetailList', '').map((r, i) => readRole(r, `RoleDetailList[${i}]`));
  const policies = objectList(record, 'Policies', '').map((p, i) => readManagedPolicy(p, `Policies[${i}]`));
  const truncated = own(record, 'IsTruncated');
  if (truncated !== undefined && typeof truncated !== 'boolean')
    throw new InvalidField('IsTruncated is not true or false');
  return { users, groups, roles, policies, truncated: truncated === true };
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0;

/** The users (then the roles) of `details`, sorted by name, to pick a principal from. */
export function listPrincipals(details: AuthorizationDetails): PrincipalChoice[] {
  const groups = new Map(details.groups.map((group) => [group.name, group]));
  const users = details.users.map((user): PrincipalChoice => {
    const viaGroups = user.groups.reduce((sum, name) => {
      const group = groups.get(name);
      return sum + (group === undefined ? 0 : group.inlinePolicies.length + group.attachedPolicies.length);
    }, 0);
    return {
      kind: 'user',
      name: user.name,
      arn: user.arn,
      path: user.path,
      policyCount: user.inlinePolicies.length + user.attachedPolicies.length + viaGroups,
      hasBoundary: user.boundaryArn !== null,
    };
  });
  const roles = details.roles.map((role): PrincipalChoice => ({
    kind: 'role',
    name: role.name,
    arn: role.arn,
    path: role.path,
    policyCount: role.inlinePolicies.length + role.attachedPolicies.length,
    hasBoundary: role.boundaryArn !== null,
  }));
  return [...users.sort(byName), ...roles.sort(byName)];
}
