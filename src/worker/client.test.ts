import { describe, expect, it, vi } from 'vitest';

import type { Scenario } from '../engine';
import { createEvaluationClient, type ClientTimers, type RequestHandler } from './client';
import {
  PROTOCOL_VERSION,
  type EvaluationSnapshot,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

/** A Worker stand-in: records what it is sent; the test answers for it. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: WorkerRequest[] = [];
  terminated = false;

  postMessage(message: WorkerRequest): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(response: WorkerResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }

  crash(): void {
    this.onerror?.({ preventDefault: () => {} } as ErrorEvent);
  }
}

/** Timers the test fires by hand. */
function manualTimers(): ClientTimers & { fireAll(): void; pending(): number } {
  const waiting = new Map<number, () => void>();
  let next = 0;
  return {
    set: (run) => {
      waiting.set(++next, run);
      return next;
    },
    clear: (handle) => void waiting.delete(handle as number),
    fireAll: () => {
      const runs = [...waiting.values()];
      waiting.clear();
      for (const run of runs) run();
    },
    pending: () => waiting.size,
  };
}

const SCENARIO = { version: 1, principal: 'arn:aws:iam::111122223333:user/a' } as unknown as Scenario;

function snapshot(tag: string): EvaluationSnapshot {
  return {
    diagnostics: {},
    scenarioDiagnostics: [{ code: tag, severity: 'warning', message: tag, range: null as never }],
    unparsable: false,
    simulations: [],
    analysis: null,
  };
}

function setup(options: { failToStart?: boolean; fallback?: RequestHandler } = {}) {
  const workers: FakeWorker[] = [];
  const timers = manualTimers();
  const fallback =
    options.fallback ??
    vi.fn<RequestHandler>(async (r) => ({ type: 'failed', id: r.id, message: 'no fallback' }));
  const client = createEvaluationClient(
    () => {
      if (options.failToStart) throw new Error('workers are off');
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    async () => fallback,
    { budgetMs: 1000, graceMs: 100, timers },
  );
  const last = () => workers[workers.length - 1] as FakeWorker;
  return { client, workers, last, timers, fallback };
}

describe(createEvaluationClient, () => {
  it('starts the worker at once and sends each call with its budget', async () => {
    const { client, workers, last } = setup();
    expect(workers).toHaveLength(1);
    const call = client.evaluate(SCENARIO, []);
    const sent = last().posted[0] as WorkerRequest;
    expect(sent).toMatchObject({ type: 'evaluate', budgetMs: 1000 });
    last().reply({ type: 'evaluated', id: sent.id, snapshot: snapshot('a') });
    expect(await call).toEqual({ ok: true, value: snapshot('a') });
  });

  it('drops a reply for a call a newer call of its kind superseded', async () => {
    const { client, last } = setup();
    const first = client.evaluate(SCENARIO, []);
    const second = client.evaluate(SCENARIO, []);
    const [a, b] = last().posted as [WorkerRequest, WorkerRequest];
    last().reply({ type: 'evaluated', id: b.id, snapshot: snapshot('new') });
    last().reply({ type: 'evaluated', id: a.id, snapshot: snapshot('old') });
    expect(await second).toEqual({ ok: true, value: snapshot('new') });
    expect(await first).toEqual({ ok: false, reason: 'stale' });
  });

  it('keeps calls of different kinds independent', async () => {
    const { client, last } = setup();
    const evaluated = client.evaluate(SCENARIO, []);
    const diagnosed = client.diagnose([]);
    const [a, b] = last().posted as [WorkerRequest, WorkerRequest];
    last().reply({ type: 'diagnosed', id: b.id, diagnostics: {} });
    last().reply({ type: 'evaluated', id: a.id, snapshot: snapshot('x') });
    expect((await evaluated).ok).toBe(true);
    expect(await diagnosed).toEqual({ ok: true, value: {} });
  });

  it('sends a fixes call with its request and gives back the plan; an older one is stale', async () => {
    const { client, last } = setup();
    const request = { action: 's3:ListAllMyBuckets', resource: '*', context: {} };
    const first = client.fixes(SCENARIO, request);
    const second = client.fixes(SCENARIO, { ...request, action: 's3:GetObject' });
    const [a, b] = last().posted as [WorkerRequest, WorkerRequest];
    expect(a).toMatchObject({ type: 'fixes', budgetMs: 1000, scenario: SCENARIO, request });
    const plan = { fixes: [], problem: 'no change found' };
    last().reply({ type: 'fixesFound', id: b.id, plan });
    last().reply({ type: 'fixesFound', id: a.id, plan: { fixes: [], problem: null } });
    expect(await second).toEqual({ ok: true, value: plan });
    expect(await first).toEqual({ ok: false, reason: 'stale' });
  });

  it('reports a failed call with its message', async () => {
    const { client, last } = setup();
    const call = client.explain(SCENARIO, 's3:GetObject');
    last().reply({ type: 'failed', id: (last().posted[0] as WorkerRequest).id, message: 'boom' });
    expect(await call).toEqual({ ok: false, reason: 'failed', message: 'boom' });
  });

  it('reports a run the handler stopped at its budget as a timeout', async () => {
    const { client, last } = setup();
    const call = client.evaluate(SCENARIO, []);
    const id = (last().posted[0] as WorkerRequest).id;
    last().reply({ type: 'failed', id, message: 'too heavy', timedOut: true });
    expect(await call).toEqual({ ok: false, reason: 'timeout', message: 'too heavy' });
  });

  it('replaces a worker that does not answer in time, and the next call runs on a fresh one', async () => {
    const { client, workers, timers } = setup();
    const stuck = client.evaluate(SCENARIO, []);
    expect(timers.pending()).toBe(1);
    timers.fireAll();
    const result = await stuck;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('timeout');
    expect(workers[0]?.terminated).toBe(true);
    const next = client.evaluate(SCENARIO, []);
    expect(workers).toHaveLength(2);
    const fresh = workers[1] as FakeWorker;
    fresh.reply({ type: 'evaluated', id: (fresh.posted[0] as WorkerRequest).id, snapshot: snapshot('ok') });
    expect(await next).toEqual({ ok: true, value: snapshot('ok') });
  });

  it('runs the handler on the main thread when no worker can start', async () => {
    const fallback = vi.fn<RequestHandler>(async (r) => ({ type: 'diagnosed', id: r.id, diagnostics: {} }));
    const { client } = setup({ failToStart: true, fallback });
    expect(await client.diagnose([])).toEqual({ ok: true, value: {} });
    expect(fallback).toHaveBeenCalledWith(expect.objectContaining({ type: 'diagnose', budgetMs: 1000 }));
  });

  it('falls back to the main thread for good when the worker speaks another protocol', async () => {
    const fallback = vi.fn<RequestHandler>(async (r) => ({ type: 'diagnosed', id: r.id, diagnostics: {} }));
    const { client, last } = setup({ fallback });
    last().reply({ type: 'ready', protocol: PROTOCOL_VERSION + 1 });
    expect(await client.diagnose([])).toEqual({ ok: true, value: {} });
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('retries a call on the main thread when the worker crashes mid-call', async () => {
    const fallback = vi.fn<RequestHandler>(async (r) => ({
      type: 'evaluated',
      id: r.id,
      snapshot: snapshot('main'),
    }));
    const { client, last } = setup({ fallback });
    const call = client.evaluate(SCENARIO, []);
    last().crash();
    expect(await call).toEqual({ ok: true, value: snapshot('main') });
    expect(last().terminated).toBe(true);
  });

  it('answers every waiting call once disposed, and clears their deadlines', async () => {
    const { client, timers } = setup();
    const call = client.evaluate(SCENARIO, []);
    client.dispose();
    expect(await call).toEqual({ ok: false, reason: 'failed', message: 'disposed' });
    expect(timers.pending()).toBe(0);
  });
});
