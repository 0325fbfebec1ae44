/**
 * The policy slots of a scenario: one declarative row per kind of policy a principal's requests
 * can meet. Everything that needs to know "which policies a scenario has" — the scenario format,
 * compilation, the store, links and autosave, import, export, the editors' tabs, the worker
 * protocol — walks this table (through {@link mapPolicySlots} and {@link listPolicies}) instead of
 * naming the slots by hand. Adding a kind of policy means adding a row here, a field to
 * `PolicySlots` (the compiler then points at every exhaustive use) and the engine's decision for
 * its layer.
 */

import type {
  Effect,
  Layer,
  PolicyLevel,
  PolicySlots,
  PolicyType,
  ResourceKindField,
  ResourcePolicyKind,
} from '../types';
import type { PathSegment } from './path';

/** How a slot holds its policies: a list, at most one, or per organization level. */
export type SlotShape = 'list' | 'single' | 'levels';

/** A field of the scenario that holds policies. */
export type SlotField = keyof PolicySlots<unknown>;

/** How AWS names a policy type in an AccessDenied message, with the article it uses. */
export interface DenialWording {
  /** e.g. `permissions boundary`, as in "because no permissions boundary allows …". */
  readonly name: string;
  /** The article before the name in "with an explicit deny in a …". */
  readonly article: 'a' | 'an' | 'the';
}

/** One kind of policy a scenario can hold. */
export interface PolicySlot {
  /** The scenario field, e.g. `permissionsBoundary`. */
  readonly field: SlotField;
  /** The evaluation layer its statements belong to. */
  readonly layer: Layer;
  readonly shape: SlotShape;
  /** The key of the field in a link's payload (see `src/permalink/README.md`). */
  readonly wireKey: string;
  /** What the document is, as a heading: "Permissions boundary". */
  readonly label: string;
  /** A short label for a tab: "Boundary". */
  readonly tabLabel: string;
  /** The name a new policy in this slot gets. */
  readonly defaultName: string;
  /** How the policy is validated (element rules and size quota in `parse/policyTypes.ts`). */
  readonly policyType: PolicyType;
  /** Whether an Allow in it can grant access; the others only limit (ceilings). */
  readonly grants: boolean;
  /** The Effects a customer-written policy of this kind may hold. */
  readonly effects: readonly Effect[];
  /** Its name in AccessDenied messages. */
  readonly denial: DenialWording;
  /** The layer as explanations name it: "permissions boundary", "identity-based policies". */
  readonly layerName: string;
  /** The editor pane it is edited in. */
  readonly pane: 'identity' | 'other';
  /** True for the resource policy, which also says which kind of resource policy it is. */
  readonly hasKind: boolean;
  /**
   * The valid document a new policy of this kind starts from, for a caller in `account`: one
   * that changes as little as possible (ceilings start open, RCPs with a common guardrail).
   */
  readonly template: (account: string) => Record<string, unknown>;
}

const V = '2012-10-17';
/** A ceiling that allows everything: adding it changes no decision. */
const OPEN_CEILING = () => ({
  Version: V,
  Statement: [{ Sid: 'AllowAll', Effect: 'Allow', Action: '*', Resource: '*' }],
});

const BOTH: readonly Effect[] = ['Allow', 'Deny'];

/**
 * Every slot, in tab order. The AccessDenied names are AWS's
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html#access-denied-error-examples).
 */
export const POLICY_SLOTS = [
  {
    field: 'identityPolicies',
    layer: 'identity',
    shape: 'list',
    wireKey: 'i',
    label: 'Identity policy',
    tabLabel: 'Identity',
    defaultName: 'policy',
    policyType: 'identity',
    grants: true,
    effects: BOTH,
    denial: { name: 'identity-based policy', article: 'an' },
    layerName: 'identity-based policies',
    pane: 'identity',
    hasKind: false,
    template: () => ({
      Version: V,
      Statement: [{ Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
    }),
  },
  {
    field: 'permissionsBoundary',
    layer: 'boundary',
    shape: 'single',
    wireKey: 'b',
    label: 'Permissions boundary',
    tabLabel: 'Boundary',
    defaultName: 'boundary',
    policyType: 'boundary',
    grants: false,
    effects: BOTH,
    denial: { name: 'permissions boundary', article: 'a' },
    layerName: 'permissions boundary',
    pane: 'other',
    hasKind: false,
    template: OPEN_CEILING,
  },
  {
    field: 'sessionPolicy',
    layer: 'session',
    shape: 'single',
    wireKey: 'sp',
    label: 'Session policy',
    tabLabel: 'Session',
    defaultName: 'session-policy',
    policyType: 'session',
    grants: false,
    effects: BOTH,
    denial: { name: 'session policy', article: 'a' },
    layerName: 'session policy',
    pane: 'other',
    hasKind: false,
    template: OPEN_CEILING,
  },
  {
    field: 'resourcePolicy',
    layer: 'resource',
    shape: 'single',
    wireKey: 'r',
    label: 'Resource-based policy',
    tabLabel: 'Resource',
    defaultName: 'resource-policy',
    policyType: 'resource',
    grants: true,
    effects: BOTH,
    denial: { name: 'resource-based policy', article: 'a' },
    layerName: 'resource-based policy',
    pane: 'other',
    hasKind: true,
    template: (account) => ({
      Version: V,
      Statement: [
        {
          Sid: 'AllowAccount',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account}:root` },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
        },
      ],
    }),
  },
  {
    field: 'vpcEndpointPolicy',
    layer: 'vpcEndpoint',
    shape: 'single',
    wireKey: 'v',
    label: 'VPC endpoint policy',
    tabLabel: 'VPC endpoint',
    defaultName: 'vpc-endpoint-policy',
    policyType: 'vpc-endpoint',
    grants: false,
    effects: BOTH,
    denial: { name: 'VPC endpoint policy', article: 'a' },
    layerName: 'VPC endpoint policy',
    pane: 'other',
    hasKind: false,
    template: () => ({
      // The default endpoint policy (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#default-endpoint-policy).
      Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
    }),
  },
  {
    field: 'serviceControlPolicies',
    layer: 'scp',
    shape: 'levels',
    wireKey: 'scp',
    label: 'Service control policy',
    tabLabel: 'SCP',
    defaultName: 'FullAWSAccess',
    policyType: 'scp',
    grants: false,
    effects: BOTH,
    denial: { name: 'service control policy', article: 'a' },
    layerName: 'service control policies (SCPs)',
    pane: 'other',
    hasKind: false,
    template: () => ({ Version: V, Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
  },
  {
    field: 'resourceControlPolicies',
    layer: 'rcp',
    shape: 'levels',
    wireKey: 'rcp',
    label: 'Resource control policy',
    tabLabel: 'RCP',
    defaultName: 'rcp',
    policyType: 'rcp',
    grants: false,
    // Customer RCPs may only deny; AWS's RCPFullAWSAccess holds the one Allow
    // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html).
    effects: ['Deny'],
    denial: { name: 'resource control policy', article: 'a' },
    layerName: 'resource control policies (RCPs)',
    pane: 'other',
    hasKind: false,
    template: () => ({
      Version: V,
      Statement: [
        {
          Sid: 'EnforceSecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: ['s3:*', 'sqs:*', 'kms:*', 'secretsmanager:*', 'sts:*'],
          Resource: '*',
          // `Bool`, not AWS's example's `BoolIfExists`: simulated requests often leave the key out.
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    }),
  },
] as const satisfies readonly PolicySlot[];

// Fails to compile when `PolicySlots` gains a field the table has no row for.
type MissingRow = Exclude<SlotField, (typeof POLICY_SLOTS)[number]['field']>;
const _everyFieldHasARow: [MissingRow] extends [never] ? true : MissingRow = true;
void _everyFieldHasARow;

/** The slot of a scenario field. */
export function slotOf(field: SlotField): PolicySlot {
  return POLICY_SLOTS.find((slot) => slot.field === field) as PolicySlot;
}

/** The slot whose statements form `layer`. */
export function slotOfLayer(layer: Layer): PolicySlot {
  return POLICY_SLOTS.find((slot) => slot.layer === layer) as PolicySlot;
}

/** The policy type a resource policy of this kind is validated as. */
export const RESOURCE_POLICY_TYPES: Readonly<Record<ResourcePolicyKind, PolicyType>> = {
  resource: 'resource',
  'kms-key': 'kms-key',
  'role-trust': 'role-trust',
};

/** The resource-policy kinds, in the order forms list them. */
export const RESOURCE_POLICY_KINDS = Object.keys(RESOURCE_POLICY_TYPES) as readonly ResourcePolicyKind[];

/** Where a policy sits in a scenario. */
export interface PolicyPlace {
  readonly slot: PolicySlot;
  /** Position in the slot's list, or in its level; 0 for a single slot. */
  readonly index: number;
  /** The organization level, for SCPs and RCPs. */
  readonly level: { readonly index: number; readonly target: string } | null;
  /** The policy type it is validated as (a resource policy's kind decides its type). */
  readonly policyType: PolicyType;
  /** Its JSON path in the scenario, e.g. `['serviceControlPolicies', 0, 'policies', 1]`. */
  readonly path: readonly PathSegment[];
}

function place(
  slot: PolicySlot,
  index: number,
  level: PolicyPlace['level'],
  policyType: PolicyType = slot.policyType,
): PolicyPlace {
  const path: PathSegment[] =
    slot.shape === 'list'
      ? [slot.field, index]
      : slot.shape === 'levels'
        ? [slot.field, level?.index ?? 0, 'policies', index]
        : [slot.field];
  return { slot, index, level, policyType, path };
}

/** What a slot field holds, loosely typed for the generic walk below. */
type AnySlotValue<P> = readonly P[] | P | null | readonly PolicyLevel<P>[];

/**
 * Changes every policy of `slots`; `change` returning null removes the policy (and a level it
 * leaves empty; a level that was empty already stays). A resource policy keeps its `kind`.
 * Fields other than the slots are not copied.
 */
export function updatePolicySlots<P, Q>(
  slots: PolicySlots<P>,
  change: (policy: P, where: PolicyPlace) => Q | null,
): PolicySlots<Q> {
  const keep = <T>(list: readonly T[], at: (index: number) => PolicyPlace, of: (item: T) => P): Q[] =>
    list.flatMap((item, index) => {
      const changed = change(of(item), at(index));
      return changed === null ? [] : [changed];
    });
  const out: Record<string, unknown> = {};
  for (const slot of POLICY_SLOTS) {
    // A missing field (an object from before the slot existed) reads as an empty slot.
    const value = (slots[slot.field] ?? null) as AnySlotValue<P>;
    if (slot.shape === 'list') {
      out[slot.field] = keep(
        (value ?? []) as readonly P[],
        (index) => place(slot, index, null),
        (p) => p,
      );
    } else if (slot.shape === 'levels') {
      out[slot.field] = ((value ?? []) as readonly PolicyLevel<P>[]).flatMap((level, levelIndex) => {
        const where = { index: levelIndex, target: level.target };
        const policies = keep(
          level.policies,
          (index) => place(slot, index, where),
          (p) => p,
        );
        return policies.length === 0 && level.policies.length > 0 ? [] : [{ target: level.target, policies }];
      });
    } else if (value === null) {
      out[slot.field] = null;
    } else if (slot.hasKind) {
      const kind = (value as P & ResourceKindField).kind;
      const changed = change(value as P, place(slot, 0, null, RESOURCE_POLICY_TYPES[kind]));
      out[slot.field] = changed === null ? null : { ...changed, kind };
    } else {
      out[slot.field] = change(value as P, place(slot, 0, null));
    }
  }
  return out as unknown as PolicySlots<Q>;
}

/**
 * Maps every policy of `slots` (a resource policy keeps its `kind`; levels stay, even empty
 * ones). Fields other than the slots are not copied.
 */
export function mapPolicySlots<P, Q>(
  slots: PolicySlots<P>,
  change: (policy: P, where: PolicyPlace) => Q,
): PolicySlots<Q> {
  return updatePolicySlots(slots, change);
}

/** One policy with its place. */
export interface PlacedPolicy<P> {
  readonly policy: P;
  readonly place: PolicyPlace;
}

/** Every policy of `slots`, in tab order. */
export function listPolicies<P>(slots: PolicySlots<P>): PlacedPolicy<P>[] {
  const out: PlacedPolicy<P>[] = [];
  mapPolicySlots(slots, (policy, where) => {
    out.push({ policy, place: where });
    return policy;
  });
  return out;
}

/** A scenario without any policy. */
export const NO_POLICIES: PolicySlots<never> = Object.freeze({
  identityPolicies: Object.freeze([]),
  permissionsBoundary: null,
  sessionPolicy: null,
  resourcePolicy: null,
  vpcEndpointPolicy: null,
  serviceControlPolicies: Object.freeze([]),
  resourceControlPolicies: Object.freeze([]),
});
