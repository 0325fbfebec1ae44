/**
 * Validation of the scenario's policy fields, one reader per slot shape (`slots.ts`): a list of
 * named policies, one optional policy, or organization levels.
 */

import type { NamedPolicy, PolicyDocument, PolicyLevel, PolicySlots, ResourcePolicyKind } from '../types';
import {
  describeType,
  isRecord,
  own,
  readOptionalString,
  readRequiredString,
  warnUnknownFields,
  type ProblemCollector,
} from './collector';
import type { PathSegment } from './path';
import { POLICY_SLOTS, RESOURCE_POLICY_KINDS, type PolicySlot } from './slots';

const NAMED_POLICY_FIELDS = new Set(['name', 'document', 'arn']);
const RESOURCE_POLICY_FIELDS = new Set([...NAMED_POLICY_FIELDS, 'kind']);
const LEVEL_FIELDS = new Set(['target', 'policies']);

/** AWS managed policies live under the `aws` account: `arn:aws:iam::aws:policy/…`. */
const AWS_MANAGED_ARN = /^arn:aws(?:-[a-z]+)*:(?:iam|organizations)::aws:policy\/\S+$/;
/** A customer managed policy: `arn:aws:iam::123456789012:policy/path/name`. */
const CUSTOMER_MANAGED_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:policy\/\S+$/;

/** Whether `arn` names an AWS managed policy, whose document the playground ships. */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return AWS_MANAGED_ARN.test(arn);
}

/** Resolves an AWS managed policy ARN to its document, when the caller has the library. */
export type ManagedDocumentResolver = (arn: string) => PolicyDocument | undefined;

/** What the policy readers need besides the value. */
export interface PolicyReadContext {
  readonly problems: ProblemCollector;
  readonly managedDocument?: ManagedDocumentResolver;
}

function readArn(
  record: Record<string, unknown>,
  segments: readonly PathSegment[],
  { problems }: PolicyReadContext,
): string | null {
  const value = readOptionalString(record, 'arn', segments, problems);
  if (value === undefined || value === null) return null;
  const at = [...segments, 'arn'];
  if (!AWS_MANAGED_ARN.test(value) && !CUSTOMER_MANAGED_ARN.test(value)) {
    problems.report(
      'scenario-policy-arn',
      at,
      (path) =>
        `${path} must be a managed policy ARN (arn:aws:iam::aws:policy/NAME or arn:aws:iam::ACCOUNT:policy/NAME)`,
    );
    return null;
  }
  return value;
}

function readDocument(
  record: Record<string, unknown>,
  segments: readonly PathSegment[],
  arn: string | null,
  context: PolicyReadContext,
): PolicyDocument | null {
  const { problems } = context;
  const value = own(record, 'document');
  const at = [...segments, 'document'];
  if (value === undefined) {
    // An AWS managed policy may be given by ARN alone: its document comes from the library.
    if (arn !== null && AWS_MANAGED_ARN.test(arn)) {
      const known = context.managedDocument?.(arn);
      if (known !== undefined) return known;
      problems.report(
        'scenario-unknown-managed-policy',
        [...segments, 'arn'],
        (path) => `${path}: the playground does not know the AWS managed policy ${arn}; give its document`,
      );
      return null;
    }
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
  context: PolicyReadContext,
  known: ReadonlySet<string>,
): { record: Record<string, unknown>; policy: NamedPolicy | null } | null {
  const { problems } = context;
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
  const arn = readArn(value, segments, context);
  const document = readDocument(value, segments, arn, context);
  const policy = name === null || document === null ? null : { name, document, ...(arn ? { arn } : {}) };
  return { record: value, policy };
}

function readNamedPolicy(
  value: unknown,
  segments: readonly PathSegment[],
  context: PolicyReadContext,
): NamedPolicy | null {
  return readPolicyFields(value, segments, context, NAMED_POLICY_FIELDS)?.policy ?? null;
}

/**
 * The resource policy (`{name, document, kind}`). A missing `kind` means an ordinary
 * resource-based policy.
 */
function readResourcePolicy(
  value: unknown,
  segments: readonly PathSegment[],
  context: PolicyReadContext,
): (NamedPolicy & { kind: ResourcePolicyKind }) | null {
  const read = readPolicyFields(value, segments, context, RESOURCE_POLICY_FIELDS);
  if (read === null) return null;
  // Documented choice: a resource policy without `kind` is an ordinary resource-based policy.
  const kind = own(read.record, 'kind') ?? 'resource';
  if (typeof kind !== 'string' || !(RESOURCE_POLICY_KINDS as readonly string[]).includes(kind)) {
    context.problems.report(
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
function readPolicyList(
  value: unknown,
  segments: readonly PathSegment[],
  context: PolicyReadContext,
): NamedPolicy[] {
  const out: NamedPolicy[] = [];
  readArray(value, segments, context.problems).forEach((item, index) => {
    const policy = readNamedPolicy(item, [...segments, index], context);
    if (policy !== null) out.push(policy);
  });
  return out;
}

/** Reads organization levels (`[{target, policies}]`); absent ⇒ []. */
function readLevels(
  value: unknown,
  segments: readonly PathSegment[],
  context: PolicyReadContext,
): PolicyLevel<NamedPolicy>[] {
  const { problems } = context;
  const out: PolicyLevel<NamedPolicy>[] = [];
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
    const policies = readPolicyList(rawPolicies, [...at, 'policies'], context);
    if (target !== null) out.push({ target, policies });
  });
  return out;
}

function readSlot(slot: PolicySlot, value: unknown, context: PolicyReadContext): unknown {
  const at = [slot.field];
  switch (slot.shape) {
    case 'list':
      return readPolicyList(value, at, context);
    case 'levels':
      return readLevels(value, at, context);
    case 'single':
      if (value === undefined || value === null) return null;
      return slot.hasKind ? readResourcePolicy(value, at, context) : readNamedPolicy(value, at, context);
  }
}

/** Reads every policy slot of a scenario object; absent slots are empty. */
export function readPolicySlots(
  record: Record<string, unknown>,
  context: PolicyReadContext,
): PolicySlots<NamedPolicy> {
  const out: Record<string, unknown> = {};
  for (const slot of POLICY_SLOTS) out[slot.field] = readSlot(slot, own(record, slot.field), context);
  return out as unknown as PolicySlots<NamedPolicy>;
}
