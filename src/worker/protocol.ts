/**
 * The typed protocol between the UI and the evaluation worker. Both sides import these types;
 * every message is a discriminated union member, and every reply carries the id of the request
 * it answers so the client can drop stale replies.
 */
import type {
  Diagnostic,
  EvaluationResult,
  FixPlan,
  GuardrailReport,
  Layer,
  PolicyType,
  Region,
  Request,
  Scenario,
} from '../engine';

/** Bumped whenever a message shape changes; the client refuses a worker of another version. */
export const PROTOCOL_VERSION = 4;

// The snapshot's columns use the engine's code tables; both sides read them from here.
export { DENIED_BY, EFFECTIVE_CLASSES, LAYER_CLASSES, REGIONS } from '../engine';
export type { EffectiveClass, LayerClass, Region } from '../engine';

/**
 * The whole-catalog analysis in columns, one entry per catalog action in catalog order. Typed
 * arrays keep a 22,000-row result cheap to send between threads.
 */
export interface AnalysisSnapshot {
  /** Catalog action names, in the order of every column. Sent once per catalog, then omitted. */
  readonly catalogKey: string;
  /** Layers present in the scenario, e.g. `identity`, `boundary`, `scp:Root`. */
  readonly layers: readonly string[];
  /** `layerClass[l][i]` = index into LAYER_CLASSES for layer `layers[l]` and action `i`. */
  readonly layerClass: readonly Uint8Array[];
  /** Index into EFFECTIVE_CLASSES. */
  readonly effective: Uint8Array;
  /** Index into DENIED_BY. */
  readonly deniedBy: Uint8Array;
  /** 1 when the denial is explicit. */
  readonly explicit: Uint8Array;
  /** Index into REGIONS. */
  readonly region: Uint8Array;
  /**
   * For a conditional action, a hash of its scope's structural key (`scopeKey`), never 0; 0 for
   * any other. Two snapshots' hashes tell whether an action's scope changed.
   */
  readonly scopeHash: Uint32Array;
  /** Counts per region, plus the effective set split into allowed and conditional. */
  readonly counts: Readonly<Record<Region | 'effectiveAllowed' | 'effectiveConditional', number>>;
  readonly hasBoundary: boolean;
  /**
   * The ceilings besides the boundary the scenario has, in the documented order (`rcp`, `scp`,
   * `vpcEndpoint`, `session`): what can cut the overlap of identity and boundary.
   */
  readonly ceilings: readonly Layer[];
  /**
   * How many `cutElsewhere` actions each ceiling cuts (the first one that denies), and under
   * `combined` those no single layer denies (the layers' grants share no request).
   */
  readonly cutElsewhereBy: Readonly<Partial<Record<Layer | 'combined', number>>>;
  /** The synthesized effective policy, pretty-printed, and whether it is exact. */
  readonly effectivePolicy: {
    readonly text: string;
    readonly exact: boolean;
    readonly notes: readonly string[];
  };
  readonly timings: { readonly analysisMs: number };
}

/** A document to validate, with the editor id its diagnostics belong to. */
export interface DocumentToCheck {
  readonly id: string;
  readonly type: PolicyType;
  readonly text: string;
  /** An untouched AWS managed policy: no customer size quota applies. */
  readonly awsManaged: boolean;
}

/** What the worker computes for one scenario. */
export interface EvaluationSnapshot {
  /**
   * The diagnostics per document id, for every document sent (whether or not it applies): the
   * parser's, with the catalog checks when the services a document names were loaded already;
   * a `diagnose` request gives the complete ones, waiting for service details as needed.
   */
  readonly diagnostics: Readonly<Record<string, readonly Diagnostic[]>>;
  /** Diagnostics of the scenario itself (principal, request), not of a document. */
  readonly scenarioDiagnostics: readonly Diagnostic[];
  /** True when some document is not valid JSON, so the analysis was not recomputed. */
  readonly unparsable: boolean;
  /** One result per simulated request. */
  readonly simulations: readonly EvaluationResult[];
  /** Null when the scenario could not be compiled (e.g. an invalid principal). */
  readonly analysis: AnalysisSnapshot | null;
}

/** Details of one action for the explanation panel. */
export interface ActionExplanation {
  readonly action: string;
  /**
   * The engine's answer on a sample request. For a conditional action, a request inside its
   * scope that the engine allows, or null when no single request shows it allowed; for any
   * other action, the action on its first resource pattern (or `*`) with no context.
   */
  readonly result: EvaluationResult | null;
  /**
   * For a conditional action, the request `result` answers (its resource and the context its
   * conditions need), so the person can simulate it; null otherwise.
   */
  readonly sample: Request | null;
  /** Human-readable scope lines when the action is conditional. */
  readonly scope: readonly string[];
}

/** The guardrails report of one scenario. */
export interface GuardrailsOutcome {
  readonly report: GuardrailReport;
  /** True when some document is not valid JSON: the report is then not about the text on screen. */
  readonly unparsable: boolean;
}

/**
 * Messages to the worker. `budgetMs` is how long the request may run: past it the handler
 * stops and answers `failed` with `timedOut` (and a worker that does not is terminated).
 */
export type WorkerRequest =
  | {
      readonly type: 'evaluate';
      readonly id: number;
      readonly budgetMs: number;
      readonly scenario: Scenario;
      readonly documents: readonly DocumentToCheck[];
    }
  | {
      readonly type: 'explain';
      readonly id: number;
      readonly budgetMs: number;
      readonly scenario: Scenario;
      readonly action: string;
    }
  /** Diagnostics including the catalog checks, which may wait for service details to load. */
  | {
      readonly type: 'diagnose';
      readonly id: number;
      readonly budgetMs: number;
      readonly documents: readonly DocumentToCheck[];
    }
  /** Can the principal escape its boundary? (`checkGuardrails`) */
  | {
      readonly type: 'guardrails';
      readonly id: number;
      readonly budgetMs: number;
      readonly scenario: Scenario;
    }
  /** The verified fixes of one denied request of the scenario (`createFixFinder`). */
  | {
      readonly type: 'fixes';
      readonly id: number;
      readonly budgetMs: number;
      readonly scenario: Scenario;
      readonly request: Request;
    };

/** Messages from the worker. */
export type WorkerResponse =
  | { readonly type: 'ready'; readonly protocol: number }
  | { readonly type: 'evaluated'; readonly id: number; readonly snapshot: EvaluationSnapshot }
  | { readonly type: 'explained'; readonly id: number; readonly explanation: ActionExplanation }
  | {
      readonly type: 'diagnosed';
      readonly id: number;
      readonly diagnostics: Readonly<Record<string, readonly Diagnostic[]>>;
    }
  | { readonly type: 'guardrailsChecked'; readonly id: number; readonly outcome: GuardrailsOutcome }
  | { readonly type: 'fixesFound'; readonly id: number; readonly plan: FixPlan }
  | {
      readonly type: 'failed';
      readonly id: number;
      readonly message: string;
      /** True when the request ran out of its budget. */
      readonly timedOut?: boolean;
    };
