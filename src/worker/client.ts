/**
 * The promise-based client of the evaluation worker. Each call gets an id; a reply for an
 * older id than the latest call of its kind is dropped, so a slow evaluation never overwrites a
 * newer one. If the worker cannot start, the same handler runs on the main thread.
 */
import type { Diagnostic, Scenario } from '../engine';
import type {
  ActionExplanation,
  DocumentToCheck,
  EvaluationSnapshot,
  WorkerRequest,
  WorkerResponse,
} from './protocol';
import { PROTOCOL_VERSION } from './protocol';

/** Answers requests; the worker's handler, reused as the main-thread fallback. */
export type RequestHandler = (request: WorkerRequest) => Promise<WorkerResponse>;

/** Thrown-free result of a call: a value, or `stale` when a newer call superseded it. */
export type CallResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: 'stale' | string };

/** The client API. */
export interface EvaluationClient {
  evaluate(
    scenario: Scenario,
    documents: readonly DocumentToCheck[],
  ): Promise<CallResult<EvaluationSnapshot>>;
  explain(scenario: Scenario, action: string): Promise<CallResult<ActionExplanation>>;
  diagnose(
    documents: readonly DocumentToCheck[],
  ): Promise<CallResult<Readonly<Record<string, readonly Diagnostic[]>>>>;
  dispose(): void;
}

interface Pending {
  readonly kind: WorkerRequest['type'];
  readonly resolve: (response: WorkerResponse) => void;
}

/**
 * Creates a client over `createWorker`'s worker, falling back to `fallback` (the same handler,
 * loaded lazily on the main thread) when the worker fails to start or crashes.
 */
export function createEvaluationClient(
  createWorker: () => Worker,
  fallback: () => Promise<RequestHandler>,
): EvaluationClient {
  let nextId = 0;
  const latest: Record<WorkerRequest['type'], number> = { evaluate: 0, explain: 0, diagnose: 0 };
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let useFallback = false;

  const failAll = (message: string) => {
    for (const [id, p] of pending) p.resolve({ type: 'failed', id, message });
    pending.clear();
  };

  try {
    worker = createWorker();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (response.type === 'ready') {
        if (response.protocol !== PROTOCOL_VERSION) {
          useFallback = true;
          failAll('the evaluation worker speaks another protocol version');
        }
        return;
      }
      const p = pending.get(response.id);
      if (!p) return;
      pending.delete(response.id);
      p.resolve(response);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      useFallback = true;
      worker?.terminate();
      worker = null;
      failAll('the evaluation worker stopped');
    };
  } catch {
    useFallback = true;
  }

  const send = (request: WorkerRequest): Promise<WorkerResponse> => {
    if (useFallback || !worker) return fallback().then((handle) => handle(request));
    const target = worker;
    return new Promise((resolve) => {
      pending.set(request.id, { kind: request.type, resolve });
      target.postMessage(request);
    }).then((response) =>
      // A crash mid-call: retry once on the main thread.
      (response as WorkerResponse).type === 'failed' && useFallback
        ? fallback().then((handle) => handle(request))
        : (response as WorkerResponse),
    );
  };

  const call = async <T>(
    request: WorkerRequest,
    pick: (r: WorkerResponse) => T | undefined,
  ): Promise<CallResult<T>> => {
    latest[request.type] = request.id;
    const response = await send(request);
    if (latest[request.type] !== request.id) return { ok: false, reason: 'stale' };
    if (response.type === 'failed') return { ok: false, reason: response.message };
    const value = pick(response);
    return value === undefined ? { ok: false, reason: 'unexpected reply' } : { ok: true, value };
  };

  return {
    evaluate: (scenario, documents) =>
      call({ type: 'evaluate', id: ++nextId, scenario, documents }, (r) =>
        r.type === 'evaluated' ? r.snapshot : undefined,
      ),
    explain: (scenario, action) =>
      call({ type: 'explain', id: ++nextId, scenario, action }, (r) =>
        r.type === 'explained' ? r.explanation : undefined,
      ),
    diagnose: (documents) =>
      call({ type: 'diagnose', id: ++nextId, documents }, (r) =>
        r.type === 'diagnosed' ? r.diagnostics : undefined,
      ),
    dispose: () => {
      worker?.terminate();
      worker = null;
      failAll('disposed');
    },
  };
}
