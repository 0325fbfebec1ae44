import { describe, expect, it } from 'vitest';

import type { EvaluationResult, FixPlan, Request, Scenario } from '../engine';
import type { CallResult, EvaluationClient } from '../worker/client';
import type { ActionExplanation, EvaluationSnapshot, GuardrailsOutcome } from '../worker/protocol';
import { startEvaluationEffects, type RunGuard } from './effects';
import { fixesPhase } from './slices/fixes';
import { guardrailsPhase } from './slices/guardrails';
import { resultsPhase } from './slices/results';
import { createPlaygroundStore } from './store';

/** A call the test settles by hand. */
interface Deferred<T> {
  readonly scenario: Scenario | null;
  resolve(result: CallResult<T>): void;
}

/** A client whose calls wait until the test answers them. */
function fakeClient() {
  const evaluations: Deferred<EvaluationSnapshot>[] = [];
  const explanations: Deferred<ActionExplanation>[] = [];
  const guardrailChecks: Deferred<GuardrailsOutcome>[] = [];
  const fixSearches: (Deferred<FixPlan> & { readonly request: Request })[] = [];
  const client: EvaluationClient = {
    evaluate: (scenario) => new Promise((resolve) => evaluations.push({ scenario, resolve })),
    explain: (scenario) => new Promise((resolve) => explanations.push({ scenario, resolve })),
    diagnose: async () => ({ ok: true, value: {} }),
    guardrails: (scenario) => new Promise((resolve) => guardrailChecks.push({ scenario, resolve })),
    fixes: (scenario, request) => new Promise((resolve) => fixSearches.push({ scenario, request, resolve })),
    dispose: () => {},
  };
  return { client, evaluations, explanations, guardrailChecks, fixSearches };
}

function snapshot(principal: string): EvaluationSnapshot {
  return {
    diagnostics: {},
    scenarioDiagnostics: [{ code: principal, severity: 'warning', message: principal, range: null as never }],
    unparsable: false,
    simulations: [],
    analysis: null,
  };
}

/** A snapshot whose requests got these decisions, in order. */
function decided(...decisions: EvaluationResult['decision'][]): EvaluationSnapshot {
  const simulations = decisions.map((decision) => ({ decision }) as EvaluationResult);
  return { ...snapshot('decided'), simulations };
}

const PLAN: FixPlan = { fixes: [], problem: 'a plan for the test' };

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const now = (task: () => void) => task();

function setup(ready: Promise<void> = Promise.resolve(), guard?: RunGuard) {
  const store = createPlaygroundStore();
  const fake = fakeClient();
  const stop = startEvaluationEffects(store, fake.client, {
    ready,
    guard,
    afterPaint: now,
    guardrailsQuietMs: 0,
  });
  return { store, ...fake, stop };
}

describe(startEvaluationEffects, () => {
  it('evaluates nothing before the start-up state is in the store, then that state', async () => {
    let open = () => {};
    const ready = new Promise<void>((resolve) => (open = resolve));
    const { store, evaluations } = setup(ready);
    await settle();
    expect(evaluations).toHaveLength(0);
    expect(resultsPhase(store.getState())).toBe('busy');
    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/linked');
    open();
    await settle();
    expect(evaluations).toHaveLength(1);
    expect(evaluations[0]?.scenario?.principal).toBe('arn:aws:iam::111122223333:user/linked');
  });

  it('marks results busy at once on an edit, and current only with the snapshot of that edit', async () => {
    const { store, evaluations } = setup();
    await settle();
    evaluations[0]?.resolve({ ok: true, value: snapshot('first') });
    await settle();
    expect(resultsPhase(store.getState())).toBe('current');

    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/edited');
    expect(resultsPhase(store.getState())).toBe('busy');
    await settle();
    expect(evaluations).toHaveLength(2);
    evaluations[1]?.resolve({ ok: true, value: snapshot('second') });
    await settle();
    expect(resultsPhase(store.getState())).toBe('current');
    expect(store.getState().snapshot?.scenarioDiagnostics[0]?.code).toBe('second');
  });

  it('keeps results busy when a run for older inputs finishes after an edit', async () => {
    const { store, evaluations } = setup();
    await settle();
    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/meanwhile');
    evaluations[0]?.resolve({ ok: true, value: snapshot('old') });
    await settle();
    expect(resultsPhase(store.getState())).toBe('busy');
  });

  it('does not replace results on screen with those of inputs that changed meanwhile', async () => {
    const { store, evaluations } = setup();
    await settle();
    evaluations[0]?.resolve({ ok: true, value: snapshot('first') });
    await settle();
    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/a');
    await settle();
    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/b');
    evaluations[1]?.resolve({ ok: true, value: snapshot('outdated') });
    await settle();
    expect(store.getState().snapshot?.scenarioDiagnostics[0]?.code).toBe('first');
    expect(store.getState().error).toBeNull();
    expect(resultsPhase(store.getState())).toBe('busy');
    evaluations[2]?.resolve({ ok: true, value: snapshot('latest') });
    await settle();
    expect(store.getState().snapshot?.scenarioDiagnostics[0]?.code).toBe('latest');
    expect(resultsPhase(store.getState())).toBe('current');
  });

  it('coalesces edits made during a run into one follow-up run with the latest inputs', async () => {
    const { store, evaluations } = setup();
    await settle();
    for (const name of ['a', 'b', 'c'])
      store.getState().actions.setPrincipal(`arn:aws:iam::111122223333:user/${name}`);
    evaluations[0]?.resolve({ ok: true, value: snapshot('first') });
    await settle();
    expect(evaluations).toHaveLength(2);
    expect(evaluations[1]?.scenario?.principal).toBe('arn:aws:iam::111122223333:user/c');
  });

  it('shows a timeout as a failure of these inputs, and the next edit evaluates normally', async () => {
    const { store, evaluations } = setup();
    await settle();
    evaluations[0]?.resolve({ ok: false, reason: 'timeout', message: 'too heavy' });
    await settle();
    expect(resultsPhase(store.getState())).toBe('failed');
    expect(store.getState().error).toBe('too heavy');
    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/lighter');
    expect(resultsPhase(store.getState())).toBe('busy');
    await settle();
    evaluations[1]?.resolve({ ok: true, value: snapshot('fine') });
    await settle();
    expect(resultsPhase(store.getState())).toBe('current');
  });

  it('evaluates nothing while paused, and the scenario on screen once resumed', async () => {
    const store = createPlaygroundStore();
    store.getState().actions.setPaused('the last session froze');
    const { client, evaluations } = fakeClient();
    startEvaluationEffects(store, client, { afterPaint: now });
    await settle();
    expect(evaluations).toHaveLength(0);
    expect(resultsPhase(store.getState())).toBe('paused');
    store.getState().actions.setPaused(null);
    await settle();
    expect(evaluations).toHaveLength(1);
  });

  it('marks a run begun and ended around its results', async () => {
    const calls: string[] = [];
    const { evaluations } = setup(Promise.resolve(), {
      begin: () => calls.push('begin'),
      end: () => calls.push('end'),
    });
    await settle();
    expect(calls).toEqual(['begin']);
    evaluations[0]?.resolve({ ok: true, value: snapshot('x') });
    await settle();
    expect(calls).toEqual(['begin', 'end']);
  });

  it('explains the selected action for the current inputs only', async () => {
    const { store, explanations } = setup();
    await settle();
    store.getState().actions.selectAction('s3:GetObject');
    await settle();
    expect(explanations).toHaveLength(1);
    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/changed');
    const explanation = { action: 's3:GetObject', result: null as never, sample: null, scope: [] };
    explanations[0]?.resolve({ ok: true, value: explanation });
    await settle();
    const state = store.getState();
    expect(state.explanationRevision === state.inputRevision).toBe(false);
  });

  it('checks the guardrails per edit, showing a report as current only for the inputs it was run on', async () => {
    const { store, guardrailChecks } = setup();
    await settle();
    expect(guardrailChecks).toHaveLength(1);
    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/edited');
    const report = (principal: string) => ({ subject: null, notes: [principal], findings: [] });
    guardrailChecks[0]?.resolve({ ok: true, value: { report: report('first'), unparsable: false } });
    await settle();
    expect(guardrailsPhase(store.getState())).toBe('busy');
    expect(guardrailChecks).toHaveLength(2);
    expect(guardrailChecks[1]?.scenario?.principal).toBe('arn:aws:iam::111122223333:user/edited');
    guardrailChecks[1]?.resolve({ ok: true, value: { report: report('second'), unparsable: true } });
    await settle();
    // Unparsable text keeps the last report, marked out of date.
    expect(guardrailsPhase(store.getState())).toBe('stale');
    expect(store.getState().guardrails?.notes).toEqual(['first']);
  });

  it('evaluates keys typed in a burst once the keys pause, marked busy from the first; other edits at once', async () => {
    const store = createPlaygroundStore();
    const { client, evaluations } = fakeClient();
    startEvaluationEffects(store, client, { afterPaint: now, guardrailsQuietMs: 0, typingPauseMs: 40 });
    await settle();
    expect(evaluations).toHaveLength(1);
    evaluations[0]?.resolve({ ok: true, value: snapshot('start') });
    await settle();
    expect(resultsPhase(store.getState())).toBe('current');
    const boundary = (action: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
      });
    for (const action of ['s', 's3', 's3:']) {
      store.getState().actions.setPolicyText('boundary', boundary(action), { keystroke: true });
      expect(resultsPhase(store.getState())).toBe('busy');
      await settle();
    }
    expect(evaluations).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(evaluations).toHaveLength(2);
    expect(JSON.stringify(evaluations[1]?.scenario?.permissionsBoundary)).toContain('s3:');
    // A paste (not a keystroke) is evaluated at once.
    evaluations[1]?.resolve({ ok: true, value: snapshot('typed') });
    store.getState().actions.setPolicyText('boundary', boundary('s3:*'));
    await settle();
    expect(evaluations).toHaveLength(3);
  });

  it('checks the guardrails once a burst of edits is over, not per keystroke', async () => {
    const store = createPlaygroundStore();
    const { client, evaluations, guardrailChecks } = fakeClient();
    startEvaluationEffects(store, client, { afterPaint: now, guardrailsQuietMs: 40 });
    await settle();
    // Start-up checks at once.
    expect(guardrailChecks).toHaveLength(1);
    const report = { subject: null, notes: [], findings: [] };
    guardrailChecks[0]?.resolve({ ok: true, value: { report, unparsable: false } });
    for (const user of ['a', 'ab', 'abc']) {
      store.getState().actions.setPrincipal(`arn:aws:iam::111122223333:user/${user}`);
      await settle();
    }
    expect(evaluations.length).toBeGreaterThan(0);
    expect(guardrailChecks).toHaveLength(1);
    expect(guardrailsPhase(store.getState())).toBe('busy');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(guardrailChecks).toHaveLength(2);
    expect(guardrailChecks[1]?.scenario?.principal).toBe('arn:aws:iam::111122223333:user/abc');
  });

  it('looks for fixes of the selected request once current results deny it, tagged with that request', async () => {
    const { store, evaluations, fixSearches } = setup();
    await settle();
    expect(fixSearches).toHaveLength(0);
    evaluations[0]?.resolve({ ok: true, value: decided('ImplicitDeny') });
    await settle();
    expect(fixSearches).toHaveLength(1);
    expect(fixSearches[0]?.request.action).toBe('s3:ListAllMyBuckets');
    expect(fixesPhase(store.getState())).toBe('busy');
    fixSearches[0]?.resolve({ ok: true, value: PLAN });
    await settle();
    expect(fixesPhase(store.getState())).toBe('current');
    expect(store.getState().fixPlan).toEqual(PLAN);

    // Another request selected: the plan on screen is not its own, and a search starts for it.
    const added = store.getState().actions.addRequest({ action: 's3:GetObject' });
    expect(fixesPhase(store.getState())).toBe('busy');
    await settle();
    evaluations[1]?.resolve({ ok: true, value: decided('ImplicitDeny', 'ExplicitDeny') });
    await settle();
    expect(fixSearches).toHaveLength(2);
    expect(fixSearches[1]?.request.action).toBe('s3:GetObject');
    fixSearches[1]?.resolve({ ok: true, value: PLAN });
    await settle();
    expect(store.getState().fixPlanRequestId).toBe(added);
    expect(fixesPhase(store.getState())).toBe('current');
  });

  it('does not look for fixes of an allowed request, nor show a failure as a plan', async () => {
    const { store, evaluations, fixSearches } = setup();
    await settle();
    evaluations[0]?.resolve({ ok: true, value: decided('Allowed') });
    await settle();
    expect(fixSearches).toHaveLength(0);

    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/edited');
    await settle();
    evaluations[1]?.resolve({ ok: true, value: decided('ExplicitDeny') });
    await settle();
    expect(fixSearches).toHaveLength(1);
    fixSearches[0]?.resolve({ ok: false, reason: 'timeout', message: 'too heavy' });
    await settle();
    expect(fixesPhase(store.getState())).toBe('failed');
    expect(store.getState().fixPlan).toBeNull();
  });

  it('stops listening when stopped', async () => {
    const { store, evaluations, stop } = setup();
    await settle();
    stop();
    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/after');
    await settle();
    expect(evaluations).toHaveLength(1);
  });
});
