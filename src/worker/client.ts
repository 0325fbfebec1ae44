/**
 * The promise-based client of the evaluation worker. Each call gets an id; a reply for an
 * older id than the latest call of its kind is dropped, so a slow evaluation never overwrites a
 * newer one. Every call has a deadline: the worker is told its budget and stops cooperatively;
 * should it not answer in time anyway, it is terminated and a fresh one serves the next call. If
 * the worker cannot start, the same handler runs on the main thread, with the same budget.
 */
import type { Diagnostic, FixPlan, Request, Scenario } from '../engine';
import type {
  ActionExplanation,
  DocumentToCheck,
  EvaluationSnapshot,
  GuardrailsOutcome,
  WorkerRequest,
  WorkerResponse,
} from './protocol';
import { PROTOCOL_VERSION } from './protocol';

/** Answers requests; the worker's handler, reused as the main-thread fallback. */
export type RequestHandler = (request: WorkerRequest) => Promise<WorkerResponse>;

/** Why a call gave no value. */
export type CallFailure =
  /** A newer call of the same kind superseded it. */
  | { readonly ok: false; readonly reason: 'stale' }
  /** It ran past its deadline: the scenario is too heavy to evaluate. */
  | { readonly ok: false; readonly reason: 'timeout'; readonly message: string }
  /** It failed (a bug, or the worker died). */
  | { readonly ok: false; readonly reason: 'failed'; readonly message: string };

/** Thrown-free result of a call. */
export type CallResult<T> = { readonly ok: true; readonly value: T } | CallFailure;

/** Which evaluation a call is: of the scenario on screen, or of a baseline it is compared with. */
export type EvaluationLane = 'current' | 'baseline';

/** The client API. */
export interface EvaluationClient {
  /**
   * Evaluates a scenario. Calls in different `lane`s do not supersede each other: the scenario
   * on screen (`current`) and a baseline it is compared with (`baseline`) run side by side.
   */
  evaluate(
    scenario: Scenario,
    documents: readonly DocumentToCheck[],
    lane?: EvaluationLane,
  ): Promise<CallResult<EvaluationSnapshot>>;
  explain(scenario: Scenario, action: string): Promise<CallResult<ActionExplanation>>;
  diagnose(
    documents: readonly DocumentToCheck[],
  ): Promise<CallResult<Readonly<Record<string, readonly Diagnostic[]>>>>;
  /** The guardrails report: can the principal escape its boundary? */
  guardrails(scenario: Scenario): Promise<CallResult<GuardrailsOutcome>>;
  /** The verified fixes of `request`, denied in `scenario` (an allowed one has none). */
  fixes(scenario: Scenario, request: Request): Promise<CallResult<FixPlan>>;
  dispose(): void;
}

/** Timer functions, injectable for tests. */
export interface ClientTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Options of {@link createEvaluationClient}. */
export interface ClientOptions {
  /** How long one call may run; the handler gets it as its budget. @default 10000 */
  readonly budgetMs?: number;
  /** Extra time before a worker that ignores its budget is terminated. @default 2000 */
  readonly graceMs?: number;
  readonly timers?: ClientTimers;
}

const BROWSER_TIMERS: ClientTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What a call left without a reply is waiting for. */
interface Pending {
  readonly resolve: (response: WorkerResponse) => void;
  readonly timer: unknown;
}

/** The sentence shown when a run is stopped at its deadline. */
export function timeoutMessage(budgetMs: number): string {
  return (
    `Evaluating this scenario took longer than ${Math.round(budgetMs / 1000)} s, so it was stopped. ` +
    'It is far heavier than any policy AWS accepts (too many statements, conditions or wildcards); ' +
    'the next edit is evaluated normally.'
  );
}

/**
 * Creates a client over `createWorker`'s worker, falling back to `fallback` (the same handler,
 * loaded lazily on the main thread) when the worker fails to start or crashes.
 */
export function createEvaluationClient(
  createWorker: () => Worker,
  fallback: () => Promise<RequestHandler>,
  options: ClientOptions = {},
): EvaluationClient {
  const budgetMs = options.budgetMs ?? 10_000;
  const graceMs = options.graceMs ?? 2_000;
  const timers = options.timers ?? BROWSER_TIMERS;
  let nextId = 0;
  // The latest call per kind (and lane): a reply to an older one is stale.
  const latest = new Map<string, number>();
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let useFallback = false;
  let disposed = false;

  /** Answers every waiting call with a failure and forgets them. */
  const failAll = (message: string, timedOut = false) => {
    for (const [id, p] of pending) {
      timers.clear(p.timer);
      p.resolve({ type: 'failed', id, message, ...(timedOut ? { timedOut: true } : {}) });
    }
    pending.clear();
  };

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const startWorker = (): Worker | null => {
    if (useFallback || disposed) return null;
    if (worker) return worker;
    try {
      const created = createWorker();
      created.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const response = event.data;
        if (response.type === 'ready') {
          if (response.protocol !== PROTOCOL_VERSION) {
            useFallback = true;
            stopWorker();
            failAll('the evaluation worker speaks another protocol version');
          }
          return;
        }
        const p = pending.get(response.id);
        if (!p) return;
        pending.delete(response.id);
        timers.clear(p.timer);
        p.resolve(response);
      };
      created.onerror = (event) => {
        event.preventDefault();
        useFallback = true;
        stopWorker();
        failAll('the evaluation worker stopped');
      };
      worker = created;
    } catch {
      useFallback = true;
    }
    return worker;
  };

  const send = (request: WorkerRequest): Promise<WorkerResponse> => {
    const target = startWorker();
    if (!target) return fallback().then((handle) => handle(request));
    return new Promise<WorkerResponse>((resolve) => {
      // Past the budget and its grace, the worker is stuck: replace it, so the next call runs.
      const timer = timers.set(() => {
        stopWorker();
        failAll(timeoutMessage(budgetMs), true);
      }, budgetMs + graceMs);
      pending.set(request.id, { resolve, timer });
      target.postMessage(request);
    }).then((response) =>
      // A crash mid-call: retry once on the main thread.
      response.type === 'failed' && useFallback ? fallback().then((handle) => handle(request)) : response,
    );
  };

  // Started at once, so it loads the catalog while the page renders.
  startWorker();

  const call = async <T>(
    request: WorkerRequest,
    pick: (r: WorkerResponse) => T | undefined,
    lane = '',
  ): Promise<CallResult<T>> => {
    const key = `${request.type}:${lane}`;
    latest.set(key, request.id);
    const response = await send(request);
    if (latest.get(key) !== request.id) return { ok: false, reason: 'stale' };
    if (response.type === 'failed') {
      return response.timedOut === true
        ? { ok: false, reason: 'timeout', message: response.message }
        : { ok: false, reason: 'failed', message: response.message };
    }
    const value = pick(response);
    return value === undefined
      ? { ok: false, reason: 'failed', message: 'unexpected reply' }
      : { ok: true, value };
  };

  return {
    evaluate: (scenario, documents, lane = 'current') =>
      call(
        { type: 'evaluate', id: ++nextId, budgetMs, scenario, documents },
        (r) => (r.type === 'evaluated' ? r.snapshot : undefined),
        lane,
      ),
    explain: (scenario, action) =>
      call({ type: 'explain', id: ++nextId, budgetMs, scenario, action }, (r) =>
        r.type === 'explained' ? r.explanation : undefined,
      ),
    diagnose: (documents) =>
      call({ type: 'diagnose', id: ++nextId, budgetMs, documents }, (r) =>
        r.type === 'diagnosed' ? r.diagnostics : undefined,
      ),
    guardrails: (scenario) =>
      call({ type: 'guardrails', id: ++nextId, budgetMs, scenario }, (r) =>
        r.type === 'guardrailsChecked' ? r.outcome : undefined,
      ),
    fixes: (scenario, request) =>
      call({ type: 'fixes', id: ++nextId, budgetMs, scenario, request }, (r) =>
        r.type === 'fixesFound' ? r.plan : undefined,
      ),
    dispose: () => {
      disposed = true;
      stopWorker();
      failAll('disposed');
    },
  };
}
