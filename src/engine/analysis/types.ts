/**
 * Types of the whole-catalog analysis: what each policy layer allows of each action, the
 * effective result, its scope, and the Venn regions. The TSDoc here is the definition of
 * each term (the README copies it); the code computes exactly what it says.
 */

import type { ConditionClause, Layer } from '../types';

/**
 * The analysis' view of one catalog action: the engine takes the catalog as data and never
 * imports `src/catalog` (whose `CatalogAction` fits this shape).
 */
export interface CatalogAction {
  /** Service prefix, e.g. `s3`. */
  readonly service: string;
  /** Action name, e.g. `GetObject`. */
  readonly name: string;
  /** `service:Name`. */
  readonly fullName: string;
  /** Access level as the Service Authorization Reference words it. */
  readonly accessLevel: string;
  /** The action takes no resource type: requests name the resource `*`. */
  readonly wildcardOnly: boolean;
  /** ARN templates of the resource types the action accepts. */
  readonly resourceTypes: readonly { readonly arn: string }[];
}

/**
 * How one layer treats one action, looking only at the statements of that layer that are
 * valid, whose Principal (if any) names the caller, and whose Action/NotAction matches it:
 *
 * - `denied`: Deny statements without Condition cover every resource of the action (one
 *   alone, or several together).
 * - `all`: not `denied`; Allow statements without Condition cover every resource of the
 *   action (one alone, or several together), and no Deny statement touches any resource of it.
 * - `some`: neither of the above, and an Allow statement touches at least one resource of
 *   the action (it covers only some resources, or has a Condition, or an `all` Allow is cut
 *   by a Deny that covers only some resources or has a Condition).
 * - `none`: no Allow statement touches any resource of the action.
 *
 * "Covers every resource": the entry `*`; otherwise, for an action with resource types, an
 * entry covers every ARN of each of the action's ARN templates (`${Partition}` is the
 * caller's partition, other placeholders any text without `:`). Several entries cover the
 * action when each template is covered by one entry. For a wildcard-only action only `*`
 * covers (and touches) its resource. NotResource covers every resource when none of its
 * entries touches any resource of the action, and touches none when its entries cover every
 * template. Several statements cover the action together when, for each template, what all
 * their NotResource elements leave out (one entry of each at a time) lies inside one of their
 * Resource entries. A Condition never holds or fails for sure: it makes a statement partial.
 */
export type LayerClass = 'all' | 'some' | 'none' | 'denied';

/** One layer that the analysis takes into account, in the documented order. */
export interface AnalysisLayer {
  /** Stable key: `rcp[0]`, `scp[2]`, `identity`, `boundary`, `session`. */
  readonly id: string;
  readonly layer: Layer;
  /** SCP/RCP level: its position (0 = root) and label. */
  readonly level?: { readonly index: number; readonly target: string };
}

/** Which statement an entry of a scope comes from. */
export interface StatementRef {
  /** {@link AnalysisLayer.id}. */
  readonly layer: string;
  readonly policy: string;
  /** Position of the policy within its layer (within its level for SCPs and RCPs). */
  readonly policyIndex: number;
  readonly statementIndex: number;
  readonly sid: string | null;
}

/**
 * One way an action is allowed: a request is allowed this way when its resource matches at
 * least one pattern of every list in `resources`, matches no pattern of `notResources`, and
 * every clause of `conditions` holds. It is the AND of one allowing statement per layer that
 * is not `all` (`from`); an empty `resources` means any resource of the action.
 *
 * Patterns and condition values mean what they mean under Version 2012-10-17: text from a
 * policy of an older Version, where `${…}` is literal, has its `${` written as `${$}{`.
 */
export interface ScopeTerm {
  readonly resources: readonly (readonly string[])[];
  readonly notResources: readonly string[];
  readonly conditions: readonly ConditionClause[];
  readonly from: readonly StatementRef[];
}

/** A Deny statement that cuts into an action's scope: it matches when its elements do. */
export interface ScopeDeny {
  /** The statement's Resource entries, or null when it has NotResource (or none). */
  readonly resources: readonly string[] | null;
  readonly notResources: readonly string[] | null;
  readonly conditions: readonly ConditionClause[];
  readonly from: StatementRef;
}

/**
 * Where a `conditional` action is allowed: the request is allowed when it fits at least one
 * term of `allowedWhen` and no statement of `deniedWhen` matches it. `truncated` is true when
 * the terms were too many to list (they are then a subset).
 */
export interface Scope {
  readonly allowedWhen: readonly ScopeTerm[];
  readonly deniedWhen: readonly ScopeDeny[];
  readonly truncated: boolean;
}

/**
 * The effective result for one action, for a same-account request that no resource-based
 * policy touches (the scenario's resource policy is ignored):
 *
 * - `allowed`: every layer the request needs is `all` — or the action is always allowed for
 *   the caller (`reason: 'always-allowed'`): `sts:GetCallerIdentity` for every caller, and
 *   `sts:GetSessionToken` for an IAM user or the root user (role sessions and federated users
 *   are evaluated normally for it).
 * - `denied`: some layer is `denied` (explicit; `deniedBy` is the first such layer in the
 *   order rcp, scp, identity, boundary, session), else some layer is `none` (implicit;
 *   `deniedBy` is the first `none` layer), else every way the layers allow it is shut:
 *   the layers' grants have no request in common, or unconditional Deny statements cover all
 *   of it (then explicit, `deniedBy` the first such Deny's layer; else implicit, `deniedBy`
 *   the first `some` layer).
 * - `conditional`: otherwise — no layer is `none` or `denied`, some are `some`, and the
 *   scope still has a term.
 */
export type EffectiveClass = 'allowed' | 'conditional' | 'denied';

/** The Venn region an action falls in (identity vs boundary); each action is in exactly one. */
export type Region =
  /**
   * Allowed whatever the policies say: `sts:GetCallerIdentity`, and `sts:GetSessionToken` when
   * the caller is an IAM user or the root user.
   */
  | 'alwaysAllowed'
  /** Not the above; the effective result is an explicit deny, from any layer. */
  | 'explicitDeny'
  /**
   * Not the above; identity and boundary both allow it (`all` or `some`), and the effective
   * result is `allowed` or `conditional`.
   */
  | 'effective'
  /**
   * Not the above; identity and boundary both allow it (`all` or `some`), yet the effective
   * result is an implicit deny: an SCP, RCP or session layer allows none of it, or the
   * layers' grants share no request (e.g. identity allows one bucket, the boundary another).
   */
  | 'cutElsewhere'
  /** Not the above; identity allows it (`all`/`some`) and the boundary is `none`: cut by the boundary. */
  | 'identityOnly'
  /** Not the above; there is a boundary, it allows it (`all`/`some`) and identity is `none`. */
  | 'boundaryOnly'
  /** Not the above: neither identity nor the boundary (when there is one) allows it. */
  | 'neither';

/**
 * Count of actions per region; `effectiveAllowed + effectiveConditional === effective`, and the
 * regions together count every action once. Without a boundary nothing is cut by it: what identity
 * allows is `effective` or `cutElsewhere`, the rest `neither` (`identityOnly` and `boundaryOnly`
 * are 0). For the root user, who has no identity policies, identity counts as allowing everything.
 */
export interface RegionCounts {
  readonly alwaysAllowed: number;
  readonly explicitDeny: number;
  readonly effective: number;
  readonly effectiveAllowed: number;
  readonly effectiveConditional: number;
  readonly cutElsewhere: number;
  readonly identityOnly: number;
  readonly boundaryOnly: number;
  readonly neither: number;
}

/** Why an action is denied. */
export interface DeniedBy {
  /** {@link AnalysisLayer.id} of the layer. */
  readonly layerId: string;
  readonly layer: Layer;
  readonly explicit: boolean;
}

/** Everything the analysis says about one action. */
export interface ActionAnalysis {
  readonly action: CatalogAction;
  /** Class per layer id (only the layers of {@link Analysis.layers}). */
  readonly layers: Readonly<Record<string, LayerClass>>;
  readonly effective: EffectiveClass;
  /** Set only for the actions always allowed for the caller (see {@link EffectiveClass}). */
  readonly reason: 'always-allowed' | null;
  readonly deniedBy: DeniedBy | null;
  readonly region: Region;
  /** For `conditional` actions; null otherwise. */
  readonly scope: Scope | null;
}

/** The analysis of a scenario over a list of catalog actions. Arrays are indexed like `actions`. */
export interface Analysis {
  /** Whether the actions analysed are the whole catalog (see {@link AnalysisOptions.wholeCatalog}). */
  readonly wholeCatalog: boolean;
  readonly actions: readonly CatalogAction[];
  /** The layers a request needs, in the documented order. */
  readonly layers: readonly AnalysisLayer[];
  /** Whether the caller has a permissions boundary. */
  readonly hasBoundary: boolean;
  /** True for the root user: identity policies and boundaries do not apply. */
  readonly isRoot: boolean;
  readonly regions: RegionCounts;
  /** Everything about the action at `index`, built on demand. */
  action(index: number): ActionAnalysis;
  /** Class of the action at `index` for layer `layerIndex` (an index into `layers`). */
  layerClass(layerIndex: number, index: number): LayerClass;
  effective(index: number): EffectiveClass;
  region(index: number): Region;
  deniedBy(index: number): DeniedBy | null;
  /** Scope of a `conditional` action, else null. */
  scope(index: number): Scope | null;
  /** True when the action's layers deny it unconditionally and entirely (a `denied` layer). */
  fullyDenied(index: number): boolean;
}

/** Options of `analyzeScenario`. */
export interface AnalysisOptions {
  /**
   * Most terms one scope keeps; past it the scope is `truncated` (and the effective policy
   * inexact). Scopes are products of the layers' allowing statements, so this bounds the work.
   * @default 64
   */
  readonly maxTerms?: number;
  /**
   * False when the actions are only some services of the catalog (each service whole): the
   * effective policy then never folds them into `*`, which would name every other service too.
   * @default true
   */
  readonly wholeCatalog?: boolean;
  /**
   * Asked every few hundred actions; when it answers true the analysis stops by throwing
   * {@link AnalysisStopped}. The caller's deadline: whole-catalog work must never hang the page.
   */
  readonly shouldStop?: () => boolean;
  /**
   * Classify every action by the policies alone, as if AWS allowed nothing whatever they say:
   * what a policy document grants, the question Access Analyzer's policy checks ask. By
   * default `sts:GetCallerIdentity` (and `sts:GetSessionToken` for users and root) is allowed.
   * @default false
   */
  readonly policiesOnly?: boolean;
}

/** Thrown by `analyzeScenario` when its `shouldStop` option says so. */
export class AnalysisStopped extends Error {
  constructor() {
    super('the analysis was stopped at its deadline');
    this.name = 'AnalysisStopped';
  }
}
