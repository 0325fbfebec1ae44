/**
 * The playground state a permalink (and the local autosave) carries: the scenario with every
 * policy AS TYPED, plus the bits of UI state worth sharing. It mirrors the engine's `Scenario`
 * (`src/engine/types.ts`) but keeps documents as text or AWS managed policy ARNs, never objects,
 * so a shared link reproduces the person's formatting exactly.
 */
import { NO_POLICIES, type Request, type ResourceKindField, type ScenarioOf } from '../engine';

/**
 * A policy document: its text as typed, or a reference to an AWS managed policy by ARN
 * (e.g. `arn:aws:iam::aws:policy/AdministratorAccess`), which the app resolves and which keeps
 * links short.
 */
export type PolicySource =
  { readonly name: string; readonly text: string } | { readonly name: string; readonly managedArn: string };

/** The scenario's resource-based policy: a policy source plus which kind of resource policy it is. */
export type SharedResourcePolicy = PolicySource & ResourceKindField;

/** Policies attached at one level of the organization (root, an OU, or the account). */
export interface SharedOrgLevel {
  /** Label of the level, e.g. `Root`, `ou-ab12-prod`, `Account`. */
  readonly target: string;
  readonly policies: readonly PolicySource[];
}

/** One request of the scenario, exactly as the engine takes it. */
export type SharedRequest = Request;

/** Filters of the actions table; an absent filter is "no filter". */
export interface TableFilters {
  /** Glob over action names, e.g. `s3:Get*`. */
  readonly search?: string;
  /** Service prefix, e.g. `ec2`. */
  readonly service?: string;
  /** Access level, e.g. `Write`. */
  readonly accessLevel?: string;
  /** The Venn region or decision the table is filtered to, e.g. `effective`. */
  readonly region?: string;
  /** How the table lists its rows: `services` (grouped, the default) or `actions` (flat). */
  readonly view?: string;
}

/** The wire key of each table filter: `q` search, `s` service, `l` access level, `g` region, `v` view. */
export const FILTER_WIRE_KEYS = [
  ['q', 'search'],
  ['s', 'service'],
  ['l', 'accessLevel'],
  ['g', 'region'],
  ['v', 'view'],
] as const satisfies readonly (readonly [string, keyof TableFilters])[];

/** The scenario the results are compared with ("Compare with…"), as a link carries it. */
export interface SharedBaseline {
  /** How the results name it, e.g. "the example ec2-boundary". */
  readonly label: string;
  /** The baseline scenario (its view fields and its own baseline are not used). */
  readonly state: SharedState;
}

/** Everything a permalink or the autosave restores: the scenario, then a little of the view. */
export interface SharedState extends ScenarioOf<PolicySource> {
  /** Id of the open editor tab, e.g. `identity-1`. */
  readonly tab: string;
  /** The action selected in the actions table, or null. */
  readonly selectedAction: string | null;
  readonly filters: TableFilters;
  /** What the results are compared with, if anything. */
  readonly baseline?: SharedBaseline;
}

/**
 * Caps a decoded link or a stored state must respect. They are far above real use (AWS itself
 * allows 20 managed policies per principal, 5 SCPs per target, 7 organization levels) but stop a
 * hostile payload from making the app render millions of rows.
 */
export const LIMITS = {
  /** Longest policy text, in UTF-16 code units. */
  textLength: 1_000_000,
  /** Longest other string (names, ARNs, actions, context values…); ARNs are at most 2048. */
  stringLength: 4096,
  identityPolicies: 100,
  /** Organization levels per SCP or RCP list. */
  orgLevels: 10,
  /** Policies per organization level. */
  policiesPerLevel: 50,
  requests: 1000,
  contextKeys: 200,
  /** Values of one multivalued context key. */
  contextValues: 1000,
} as const;

/** The `ec2-boundary` permissions boundary of the example scenario, exactly as the example types it. */
export const EC2_BOUNDARY_TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowEC2Only",
      "Effect": "Allow",
      "Action": "ec2:*",
      "Resource": "*"
    }
  ]
}
`;

/**
 * The example scenario the playground opens on: a session of `demo-restricted-admin`, which has
 * AdministratorAccess and the `ec2-boundary` boundary, asking for `s3:ListAllMyBuckets`.
 *
 * Links of format 1 store only the fields that differ from this value, so it is part of the
 * link format: changing it would change what every existing link means. To change it, add a
 * new format version whose migration fills in the old defaults (see `migrations.ts`).
 */
export const DEFAULT_SHARED_STATE: SharedState = Object.freeze({
  principal: 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession',
  ...NO_POLICIES,
  identityPolicies: Object.freeze([
    Object.freeze({ name: 'AdministratorAccess', managedArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }),
  ]),
  permissionsBoundary: Object.freeze({ name: 'ec2-boundary', text: EC2_BOUNDARY_TEXT }),
  requests: Object.freeze([
    Object.freeze({ action: 's3:ListAllMyBuckets', resource: '*', context: Object.freeze({}) }),
  ]),
  tab: 'identity-1',
  selectedAction: null,
  filters: Object.freeze({}),
});
