/** Validation of the scenario's policy fields: named policies, the resource policy, SCP/RCP levels. */

import type {
  NamedPolicy,
  OrgPolicyLevel,
  PolicyDocument,
  ResourcePolicy,
  ResourcePolicyKind,
} from '../types';
import {
  describeType,
  isRecord,
  own,
  readRequiredString,
  warnUnknownFields,
  type ProblemCollector,
} from './collector';
import type { PathSegment } from './path';

const NAMED_POLICY_FIELDS = new Set(['name', 'document']);
const RESOURCE_POLICY_FIELDS = new Set(['name', 'document', 'kind']);
const LEVEL_FIELDS = new Set(['target', 'policies']);

/** The resource-policy kinds a scenario may name. */
export const RESOURCE_POLICY_KINDS: readonly ResourcePolicyKind[] = ['resource', 'kms-key', 'role-trust'];

function readDocument(
  record: Record<string, unknown>,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): PolicyDocument | null {
  const value = own(record, 'document');
  const at = [...segments, 'document'];
  if (value === undefined) {
    problems.report('scenario-missing-field', at, (path) => `${path} is required`);
    return null;
  }
  if (typeof value === 'string' || isRecord(value)) return value;
  problems.report(
    'scenario-wrong-type',
    at,
    (path) => `${path} must be a policy object or the policy's text, not ${describeType(value)}`,
  );
  return null;
}

function readPolicyFields(
  value: unknown,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
  known: ReadonlySet<string>,
): { record: Record<string, unknown>; policy: NamedPolicy | null } | null {
  if (!isRecord(value)) {
    problems.report(
      'scenario-wrong-type',
      segments,
      (path) => `${path} must be an object with "name" and "document", not ${describeType(value)}`,
    );
    return null;
  }
  warnUnknownFields(value, known, segments, problems);
  const name = readRequiredString(value, 'name', segments, problems);
  const document = readDocument(value, segments, problems);
  return { record: value, policy: name === null || document === null ? null : { name, document } };
}

/** Reads one `{name, document}`; null when it has an error (already reported). */
export function readNamedPolicy(
  value: unknown,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): NamedPolicy | null {
  return readPolicyFields(value, segments, problems, NAMED_POLICY_FIELDS)?.policy ?? null;
}

/** Reads an optional single policy field: absent or null ⇒ null. */
export function readOptionalPolicy(
  value: unknown,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): NamedPolicy | null {
  return value === undefined || value === null ? null : readNamedPolicy(value, segments, problems);
}

/**
 * Reads the resource policy (`{name, document, kind}`); absent or null ⇒ null. A missing
 * `kind` means an ordinary resource-based policy.
 */
export function readResourcePolicy(
  value: unknown,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): ResourcePolicy | null {
  if (value === undefined || value === null) return null;
  const read = readPolicyFields(value, segments, problems, RESOURCE_POLICY_FIELDS);
  if (read === null) return null;
  // Documented choice: a resource policy without `kind` is an ordinary resource-based policy.
  const kind = own(read.record, 'kind') ?? 'resource';
  if (typeof kind !== 'string' || !(RESOURCE_POLICY_KINDS as readonly string[]).includes(kind)) {
    problems.report(
      'scenario-resource-policy-kind',
      [...segments, 'kind'],
      (path) => `${path} must be one of ${RESOURCE_POLICY_KINDS.map((k) => `"${k}"`).join(', ')}`,
    );
    return null;
  }
  return read.policy === null ? null : { ...read.policy, kind: kind as ResourcePolicyKind };
}

/** Reads an array field, reporting a non-array; absent ⇒ []. */
export function readArray(
  value: unknown,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): readonly unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  problems.report(
    'scenario-wrong-type',
    segments,
    (path) => `${path} must be an array, not ${describeType(value)}`,
  );
  return [];
}

/** Reads an array of named policies; entries with errors are dropped (and reported). */
export function readPolicyList(
  value: unknown,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): NamedPolicy[] {
  const out: NamedPolicy[] = [];
  readArray(value, segments, problems).forEach((item, index) => {
    const policy = readNamedPolicy(item, [...segments, index], problems);
    if (policy !== null) out.push(policy);
  });
  return out;
}

/** Reads SCP or RCP levels (`[{target, policies}]`); absent ⇒ []. */
export function readOrgLevels(
  value: unknown,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): OrgPolicyLevel[] {
  const out: OrgPolicyLevel[] = [];
  readArray(value, segments, problems).forEach((item, index) => {
    const at = [...segments, index];
    if (!isRecord(item)) {
      problems.report(
        'scenario-wrong-type',
        at,
        (path) => `${path} must be an object with "target" and "policies", not ${describeType(item)}`,
      );
      return;
    }
    warnUnknownFields(item, LEVEL_FIELDS, at, problems);
    const target = readRequiredString(item, 'target', at, problems);
    const rawPolicies = own(item, 'policies');
    if (rawPolicies === undefined) {
      problems.report('scenario-missing-field', [...at, 'policies'], (path) => `${path} is required`);
    }
    const policies = readPolicyList(rawPolicies, [...at, 'policies'], problems);
    if (target !== null) out.push({ target, policies });
  });
  return out;
}
