/**
 * The `access` argument of CheckAccessNotGranted: one object with `actions` and/or
 * `resources` (https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_Access.html),
 * validated as AWS validates it.
 */

import { isActionPattern } from '../scenario/validateAssertions';

/** The access a policy must not grant: any of the actions, on any of the resources. */
export interface AccessSpec {
  /** Action patterns; empty means any action. */
  readonly actions: readonly string[];
  /** Resource ARNs (wildcards only in the resource part) or `*`; empty means any resource. */
  readonly resources: readonly string[];
}

/** AWS's limits on one access object. */
export const ACCESS_LIMITS = { actions: 100, resources: 100, resourceLength: 2048 } as const;

const FIELDS = new Set(['actions', 'resources']);

/** The access, or the one-line reason it is not valid. */
export type AccessResult =
  { readonly ok: true; readonly access: AccessSpec } | { readonly ok: false; readonly problem: string };

function stringList(value: unknown, field: 'actions' | 'resources'): string[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    return `"${field}" must be an array of strings`;
  }
  if (value.length > ACCESS_LIMITS[field]) {
    return `"${field}" holds ${value.length} items; AWS accepts at most ${ACCESS_LIMITS[field]}`;
  }
  return value as string[];
}

/** Why `resource` is not a resource AWS accepts in an access object, or null. */
function resourceProblem(resource: string): string | null {
  if (resource.length > ACCESS_LIMITS.resourceLength) {
    return `a resource is ${resource.length} characters long; AWS accepts at most ${ACCESS_LIMITS.resourceLength}`;
  }
  if (resource === '*') return null;
  const parts = resource.split(':');
  if (parts[0] !== 'arn' || parts.length < 6)
    return `${JSON.stringify(resource)} is not an ARN (arn:partition:service:region:account:resource)`;
  if (/[*?]/.test(parts.slice(0, 5).join(':'))) {
    return `${JSON.stringify(resource)} has a wildcard before its resource part; AWS allows one only in the resource ID`;
  }
  return null;
}

/** Validates the parsed `--access` value: an array holding one access object. */
export function parseAccess(value: unknown): AccessResult {
  if (!Array.isArray(value) || value.length !== 1) {
    return {
      ok: false,
      problem: 'must be an array holding one access object, e.g. [{"actions": ["s3:GetObject"]}]',
    };
  }
  const item: unknown = value[0];
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { ok: false, problem: 'the access object must be an object with "actions" and/or "resources"' };
  }
  const record = item as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !FIELDS.has(key));
  if (unknown !== undefined)
    return { ok: false, problem: `unknown field ${JSON.stringify(unknown)} (use "actions" and "resources")` };
  const actions = stringList(record.actions, 'actions');
  if (typeof actions === 'string') return { ok: false, problem: actions };
  const resources = stringList(record.resources, 'resources');
  if (typeof resources === 'string') return { ok: false, problem: resources };
  if (actions.length === 0 && resources.length === 0) {
    return { ok: false, problem: 'the access object needs at least one action or resource' };
  }
  const badAction = actions.find((action) => !isActionPattern(action));
  if (badAction !== undefined) {
    return { ok: false, problem: `${JSON.stringify(badAction)} is not an action such as "s3:GetObject"` };
  }
  for (const resource of resources) {
    const problem = resourceProblem(resource);
    if (problem !== null) return { ok: false, problem };
  }
  return { ok: true, access: { actions, resources } };
}
