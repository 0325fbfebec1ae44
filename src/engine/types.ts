/**
 * Domain types shared by every part of the engine: parsed policies, diagnostics, requests,
 * scenarios and evaluation results. Nothing here depends on the DOM, React or Monaco.
 *
 * Conventions: lines and columns are 1-based (as editors show them), offsets are 0-based
 * UTF-16 code-unit offsets into the text as typed, and every range's end is exclusive.
 */

/** A point in a policy's text. */
export interface SourcePosition {
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset from the start of the text, in UTF-16 code units. */
  readonly offset: number;
}

/** A span of a policy's text; `end` is exclusive. */
export interface SourceRange {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

/** A value together with the range of the JSON token it came from. */
export interface Located<T> {
  readonly value: T;
  readonly range: SourceRange;
}

/** Severity of a diagnostic, modelled on IAM Access Analyzer's finding types. */
export type Severity = 'error' | 'warning' | 'suggestion';

/**
 * A problem found in a policy or scenario. `code` is stable and machine-readable (see
 * `parse/diagnosticCodes.ts`); `message` is for people.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Where the problem is, in the text as typed. */
  readonly range: SourceRange;
  /** For scenario diagnostics: the JSON path of the field, e.g. `identityPolicies[0].document`. */
  readonly path?: string;
  /** A replacement the UI may offer as a quick fix ("did you mean"). */
  readonly suggestion?: string;
}

/**
 * The kind of policy a document is. It decides which elements are required or forbidden
 * (docs/iam-semantics.md §1.10), the size limit (§6), and where the policy sits in evaluation (§3).
 */
export type PolicyType =
  | 'identity'
  | 'boundary'
  | 'session'
  | 'resource'
  | 'kms-key'
  | 'role-trust'
  | 'vpc-endpoint'
  | 'scp'
  | 'rcp';

/** `Effect` of a statement. */
export type Effect = 'Allow' | 'Deny';

/** Action or NotAction of a statement; patterns are kept as typed (matching is case-insensitive). */
export interface ActionElement {
  readonly kind: 'Action' | 'NotAction';
  readonly patterns: readonly Located<string>[];
}

/** Resource or NotResource of a statement. */
export interface ResourceElement {
  readonly kind: 'Resource' | 'NotResource';
  readonly patterns: readonly Located<string>[];
}

/**
 * One principal entry of a Principal/NotPrincipal element.
 * `"*"` and `{"AWS": "*"}` both become `{ type: 'AWS', value: '*' }`.
 */
export interface PrincipalEntry {
  readonly type: 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';
  readonly value: string;
  readonly range: SourceRange;
}

/** Principal or NotPrincipal of a statement. */
export interface PrincipalElement {
  readonly kind: 'Principal' | 'NotPrincipal';
  readonly entries: readonly PrincipalEntry[];
}

/** Set qualifier of a condition operator. */
export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

/**
 * One `key: values` test under one operator of a Condition block. A statement's conditions
 * are the AND of all its clauses.
 */
export interface ConditionClause {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  readonly operator: string;
  /** The base operator without qualifier or IfExists, e.g. `StringLike`. */
  readonly baseOperator: string;
  readonly qualifier: SetQualifier | null;
  readonly ifExists: boolean;
  /** The context key as written (lookups are case-insensitive). */
  readonly key: string;
  /** Values as strings (JSON numbers and booleans become their text). */
  readonly values: readonly string[];
  /** Range of the key (the `"aws:SourceIp": [...]` member). */
  readonly range: SourceRange;
  /** Range of the operator's member in the Condition object. */
  readonly operatorRange: SourceRange;
}

/** A normalised policy statement. */
export interface Statement {
  /** 0-based position in the policy's Statement array. */
  readonly index: number;
  readonly sid: string | null;
  readonly effect: Effect;
  /** Absent only for a statement with an error that made it unusable (see `valid`). */
  readonly action: ActionElement | null;
  /** Null when the element is absent (legal in role trust policies). */
  readonly resource: ResourceElement | null;
  /** Null when the element is absent (identity-type policies). */
  readonly principal: PrincipalElement | null;
  readonly conditions: readonly ConditionClause[];
  /**
   * False when the statement has an error-severity diagnostic. AWS would refuse to store such
   * a policy; the playground keeps evaluating the rest and treats this statement as inert.
   */
  readonly valid: boolean;
  /** Range of the whole statement object. */
  readonly range: SourceRange;
}

/** A normalised policy document. */
export interface Policy {
  readonly version: string | null;
  readonly id: string | null;
  /** Policy variables are substituted only under Version 2012-10-17 (docs/iam-semantics.md §1.2, §4.6). */
  readonly variablesEnabled: boolean;
  readonly statements: readonly Statement[];
}

/** Result of parsing a policy's text. `policy` is null only when nothing usable could be read. */
export interface ParseResult {
  readonly policy: Policy | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Size as AWS counts it for this policy type (docs/iam-semantics.md §6). */
  readonly size: {
    readonly counted: number;
    /** The quota it is held to; null for an AWS managed policy, which has none for its users. */
    readonly limit: number | null;
    readonly countsWhitespace: boolean;
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Scenario format: one JSON shape for the CLI, the UI state, permalinks and examples          */
/* ------------------------------------------------------------------------------------------ */

/** A policy document: a policy object, or the policy's text as typed. */
export type PolicyDocument = string | Record<string, unknown>;

/** A named policy of a scenario. */
export interface NamedPolicy {
  readonly name: string;
  readonly document: PolicyDocument;
  /**
   * The managed policy's ARN, when the document is one (`arn:aws:iam::aws:policy/…` for an AWS
   * managed policy, `arn:aws:iam::ACCOUNT:policy/…` for a customer managed one). Evaluation never
   * reads it; checks that reason about the policy as a resource (its boundary ARN) do.
   */
  readonly arn?: string;
}

/** Which kind of resource-based policy a scenario's resource policy is (docs/iam-semantics.md §3.6). */
export type ResourcePolicyKind = 'resource' | 'kms-key' | 'role-trust';

/** The extra field of the resource-policy slot: which kind of resource policy it is. */
export interface ResourceKindField {
  readonly kind: ResourcePolicyKind;
}

/** A scenario's resource-based policy. */
export interface ResourcePolicy extends NamedPolicy, ResourceKindField {}

/** Policies attached at one level of the organization (root, an OU, or the account). */
export interface PolicyLevel<P> {
  /** Label of the level, e.g. `Root`, `ou-ab12-prod`, `Account`. */
  readonly target: string;
  readonly policies: readonly P[];
}

/** SCPs or RCPs attached at one level of the organization. */
export type OrgPolicyLevel = PolicyLevel<NamedPolicy>;

/**
 * The policies of a scenario, one field per policy slot (`scenario/slots.ts` describes each
 * slot). `P` is how one policy is held: a `NamedPolicy` in the scenario format, a text or an
 * AWS managed policy ARN in links, an editor document in the store.
 */
export interface PolicySlots<P> {
  readonly identityPolicies: readonly P[];
  readonly permissionsBoundary: P | null;
  readonly sessionPolicy: P | null;
  readonly resourcePolicy: (P & ResourceKindField) | null;
  readonly vpcEndpointPolicy: P | null;
  /** One entry per level from the root to the account; empty means not governed by SCPs. */
  readonly serviceControlPolicies: readonly PolicyLevel<P>[];
  /**
   * One entry per level from the root to the account; empty means not governed by RCPs. Each
   * listed level also has AWS's `RCPFullAWSAccess`, which cannot be detached.
   */
  readonly resourceControlPolicies: readonly PolicyLevel<P>[];
}

/** The organization the principal's account belongs to, where it matters. */
export interface Organization {
  /**
   * The management account: SCPs never affect its principals, RCPs never its resources.
   */
  readonly managementAccount?: string;
}

/** Request context values: one string, or several for multivalued keys. */
export type ContextValue = string | readonly string[];

/** What a request is expected to give (a test of the scenario). */
export interface RequestExpectation {
  readonly decision: Decision;
  /** The layer the denial names; checked only when given. */
  readonly deniedBy?: Layer;
}

/** One simulated request. */
export interface Request {
  /** `service:Action`, echoed verbatim in messages. */
  readonly action: string;
  /** Resource ARN, or `*` for actions that take no resource. */
  readonly resource: string;
  /** The account that owns the resource; defaults to the ARN's account, else the caller's. */
  readonly resourceAccount?: string;
  /** Context keys (case-insensitive names) with their values. */
  readonly context: Readonly<Record<string, ContextValue>>;
  /**
   * Whether the request goes through the scenario's VPC endpoint. Absent: it does whenever the
   * scenario has a VPC endpoint policy.
   */
  readonly viaVpcEndpoint?: boolean;
  /** What the request should give; absent when it is not a test. */
  readonly expect?: RequestExpectation;
}

/**
 * A scenario whose policies are held as `P`: the principal, its policies, the organization and
 * the requests to evaluate. The scenario format is `Scenario`; links and exports use other `P`.
 */
export interface ScenarioOf<P, R = Request> extends PolicySlots<P> {
  /** Caller ARN: IAM user, assumed-role session, federated user, or account root. */
  readonly principal: string;
  /** Role ARN (with path) of a role session; the IAM user ARN of a federated session. */
  readonly sessionIssuer?: string;
  readonly organization?: Organization;
  readonly requests: readonly R[];
}

/**
 * Assertions about a scenario's effective permission set, checked by `iam-playground test`
 * over the whole action catalog. Patterns are written as in a policy's Action element.
 */
export interface ScenarioAssertions {
  /** Fails when any catalog action matching one of these is allowed or conditional. */
  readonly neverAllowed?: readonly string[];
  /** Fails unless every catalog action matching one of these is allowed (unconditionally). */
  readonly alwaysAllowed?: readonly string[];
}

/** The scenario: a principal, the policies that apply to it, and requests to evaluate. */
export interface Scenario extends ScenarioOf<NamedPolicy> {
  readonly version: 1;
  /** Effective-set assertions; not a policy slot (links and the playground's state leave it out). */
  readonly assert?: ScenarioAssertions;
}

/* ------------------------------------------------------------------------------------------ */
/* Principals                                                                                 */
/* ------------------------------------------------------------------------------------------ */

/** The caller, parsed from its ARN. */
export type Caller =
  | {
      readonly kind: 'user';
      readonly arn: string;
      readonly account: string;
      readonly partition: string;
      readonly name: string;
      readonly path: string;
    }
  | {
      readonly kind: 'role-session';
      readonly arn: string;
      readonly account: string;
      readonly partition: string;
      readonly roleName: string;
      readonly sessionName: string;
      /** The role's ARN, with its path when `sessionIssuer` gave one. */
      readonly roleArn: string;
    }
  | {
      readonly kind: 'federated-user';
      readonly arn: string;
      readonly account: string;
      readonly partition: string;
      readonly name: string;
      /** The IAM user who called GetFederationToken, when known. */
      readonly parentUserArn: string | null;
    }
  | { readonly kind: 'root'; readonly arn: string; readonly account: string; readonly partition: string };

/* ------------------------------------------------------------------------------------------ */
/* Evaluation results                                                                         */
/* ------------------------------------------------------------------------------------------ */

/** Final decision for a request. */
export type Decision = 'Allowed' | 'ExplicitDeny' | 'ImplicitDeny';

/** Evaluation layers, in the documented order used to pick `deniedBy` (docs/iam-semantics.md §3.10). */
export const LAYERS = ['rcp', 'scp', 'vpcEndpoint', 'resource', 'identity', 'boundary', 'session'] as const;
/** One evaluation layer. */
export type Layer = (typeof LAYERS)[number];

/** Why a statement did not match a request. Codes only; wording lives in `explain/wording.ts`. */
export type MismatchReason =
  | { readonly code: 'statement-invalid' }
  | { readonly code: 'action-not-listed' }
  | { readonly code: 'action-excluded'; readonly pattern: string }
  | { readonly code: 'resource-not-listed' }
  | { readonly code: 'resource-excluded'; readonly pattern: string }
  | { readonly code: 'resource-variable-missing'; readonly key: string }
  | { readonly code: 'principal-not-listed' }
  | { readonly code: 'principal-excluded'; readonly value: string }
  | {
      readonly code: 'condition-failed';
      readonly operator: string;
      readonly key: string;
      readonly policyValues: readonly string[];
      /** The request's values for the key, or null when the request lacks it. */
      readonly requestValues: readonly string[] | null;
    };

/** How one statement fared against one request. */
export interface StatementTrace {
  readonly index: number;
  readonly sid: string | null;
  readonly effect: Effect;
  readonly matched: boolean;
  /** The first reason it did not match; null when it matched. */
  readonly reason: MismatchReason | null;
  readonly range: SourceRange;
}

/** How one policy fared against one request. */
export interface PolicyTrace {
  readonly layer: Layer;
  readonly policyName: string;
  /** SCP/RCP level label, when the layer has levels. */
  readonly level?: string;
  /** Position of the policy inside its layer (identity policies, SCPs of a level). */
  readonly policyIndex: number;
  readonly statements: readonly StatementTrace[];
}

/** Why a request was allowed, for explanations. */
export type AllowBasis =
  'always-allowed' | 'root-user' | 'identity' | 'resource-policy' | 'identity-and-resource-policy';

/**
 * A layer that did not take part in a request, and why (AWS exempts some requests from it).
 * Codes only; wording lives in `explain/wording.ts`.
 */
export type LayerSkip =
  | { readonly layer: 'rcp'; readonly reason: 'service-not-supported'; readonly service: string }
  | { readonly layer: 'rcp'; readonly reason: 'exempt-action'; readonly action: string }
  | { readonly layer: 'rcp' | 'scp'; readonly reason: 'management-account'; readonly account: string }
  | { readonly layer: 'vpcEndpoint'; readonly reason: 'not-through-endpoint' };

/** The answer for one request. */
export interface EvaluationResult {
  readonly action: string;
  readonly resource: string;
  readonly decision: Decision;
  /** The first failing layer in the documented order; null when allowed. */
  readonly deniedBy: Layer | null;
  /** Every failing layer, in the documented order. */
  readonly deniedByAll: readonly Layer[];
  /** The AccessDenied message AWS would print; null when allowed. */
  readonly message: string | null;
  /** Why it was allowed; null when denied. */
  readonly allowedBy: AllowBasis | null;
  readonly trace: readonly PolicyTrace[];
  /** Context keys the policies test that the request did not give (lower-case). */
  readonly missingContextKeys: readonly string[];
  /** Layers the scenario has that did not apply to this request, with the reason. */
  readonly skippedLayers: readonly LayerSkip[];
}

/* ------------------------------------------------------------------------------------------ */
/* Request context                                                                            */
/* ------------------------------------------------------------------------------------------ */

/** One context key of a request, as the evaluator sees it. */
export interface ContextEntry {
  /** The key as given (names compare case-insensitively). */
  readonly key: string;
  readonly values: readonly string[];
  /** True when the request gave an array: a multivalued key (docs/iam-semantics.md §4.4). */
  readonly multivalued: boolean;
}

/** A request's context, keyed by the lower-cased key name. */
export type RequestContext = ReadonlyMap<string, ContextEntry>;
