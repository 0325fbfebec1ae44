/**
 * Evaluation is triggered here, from store subscriptions, never inside components. At most one
 * evaluation is in flight: changes made meanwhile are coalesced into one follow-up run with the
 * latest state, so fast typing never queues up stale work. Every change bumps the store's input
 * revision at once, so results computed for older inputs are marked busy, never shown as final.
 */
import type { EvaluationClient } from '../worker/client';
import { toEngineRequest } from './scenarioOf';
import {
  evaluationInputsChanged,
  selectDocumentsToCheck,
  selectScenario,
  selectSelectedResult,
} from './selectors';
import { selectedRequestOf } from './slices/request';
import { resultsPhase } from './slices/results';
import type { PlaygroundStore } from './store';

/** Marks runs in a place that outlives the tab, to notice a session that froze mid-run. */
export interface RunGuard {
  /** A run starts for the current inputs. */
  begin(): void;
  /** The run's results are on screen. */
  end(): void;
}

/** Options of {@link startEvaluationEffects}. */
export interface EffectsOptions {
  /**
   * Settles once the start-up state (link, saved work or example) is in the store; nothing is
   * evaluated before, so the default scenario's results never show beside a link's documents.
   * @default already settled
   */
  readonly ready?: Promise<void>;
  readonly guard?: RunGuard;
  /** Runs `task` after the next paint (results rendered); defaults to `requestAnimationFrame`. */
  readonly afterPaint?: (task: () => void) => void;
  /** The clock that tells edits apart (milliseconds); defaults to `performance.now`. */
  readonly now?: () => number;
  /**
   * How long the inputs must be still before the guardrails are checked again.
   * @default GUARDRAILS_QUIET_MS
   */
  readonly guardrailsQuietMs?: number;
  /**
   * How long keys typed in an editor must pause before the documents are evaluated.
   * @default TYPING_PAUSE_MS
   */
  readonly typingPauseMs?: number;
}

/**
 * Changes closer together than this are one edit (the keystrokes of a word, a pasted document):
 * "changed by your last edit" compares with the results before the first of them.
 */
export const EDIT_PAUSE_MS = 1000;

/**
 * Keystrokes in an editor are evaluated once the keys pause this long; any other change (a paste,
 * a fix applied, a link) at once. At a typist's pace (150 ms or more between keys) every key is
 * still evaluated, and its results are back before the results look busy (`BUSY_GRACE_MS`); a
 * quick burst is evaluated once, at its end, so the worker (a core of a two-core machine) and the
 * page's main thread leave the typing alone. The results are marked busy from the first key.
 */
export const TYPING_PAUSE_MS = 90;

/**
 * The guardrails (a report in its own tab, tens of milliseconds of probing on a heavy scenario)
 * are checked once the inputs have been still this long, not per keystroke: while someone types,
 * the worker's time goes to the results, and a two-core machine keeps a core for the typing.
 * Until then the report on screen is marked as not current (see `guardrailsPhase`).
 */
export const GUARDRAILS_QUIET_MS = 400;

const NO_GUARD: RunGuard = { begin: () => {}, end: () => {} };

function defaultAfterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

/** Starts evaluating on every relevant change; returns a function that stops it. */
export function startEvaluationEffects(
  store: PlaygroundStore,
  client: EvaluationClient,
  options: EffectsOptions = {},
): () => void {
  const ready = options.ready ?? Promise.resolve();
  const guard = options.guard ?? NO_GUARD;
  const afterPaint = options.afterPaint ?? defaultAfterPaint;
  const now = options.now ?? (() => performance.now());
  const guardrailsQuietMs = options.guardrailsQuietMs ?? GUARDRAILS_QUIET_MS;
  let guardrailsTimer: ReturnType<typeof setTimeout> | undefined;
  const typingPauseMs = options.typingPauseMs ?? TYPING_PAUSE_MS;
  let keysTimer: ReturnType<typeof setTimeout> | undefined;
  let lastInputAt = -Infinity;
  const actions = () => store.getState().actions;
  let stopped = false;
  // Bumped on every change of the inputs; results carry the revision they were computed for.
  let revision = store.getState().inputRevision;

  /** Runs `task` now, or once more after the run in flight, never twice at once. */
  const coalesce = (task: () => Promise<void>) => {
    let running = false;
    let again = false;
    return async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        await task();
      } while (again && !stopped);
      running = false;
    };
  };

  const run = coalesce(async () => {
    await ready;
    if (stopped || store.getState().paused !== null) return;
    const state = store.getState();
    const at = revision;
    guard.begin();
    const result = await client.evaluate(selectScenario(state), selectDocumentsToCheck(state));
    if (stopped) return;
    // Results for inputs that have changed meanwhile would only be shown busy, and rendering
    // them costs the main thread a frame or more while the person types: the follow-up run
    // brings the current ones. The first results show either way, so the page is never empty.
    const outdated = at !== revision && store.getState().snapshot !== null;
    if (result.ok) {
      if (!outdated) actions().receiveSnapshot(result.value, at);
    } else if (result.reason !== 'stale') actions().setFailed(result.message, at);
    afterPaint(() => {
      guard.end();
      // The first results are painted: now the editor (Monaco, megabytes to compile) may take
      // the CPU. Asked for earlier, its loading would hold the results' paint back.
      if (result.ok && !store.getState().editorRequested) {
        performance.mark('iam:first-results');
        actions().requestEditor();
      }
    });
  });

  // The catalog checks may wait for service details; they never hold up the results.
  const diagnose = coalesce(async () => {
    await ready;
    if (stopped || store.getState().paused !== null) return;
    const at = revision;
    const result = await client.diagnose(selectDocumentsToCheck(store.getState()));
    if (!stopped && result.ok && at === revision) actions().receiveDiagnostics(result.value, at);
  });

  // The guardrails report follows the scenario, tagged with the revision it was computed for.
  const guardrails = coalesce(async () => {
    await ready;
    if (stopped || store.getState().paused !== null) return;
    const at = revision;
    const result = await client.guardrails(selectScenario(store.getState()));
    if (stopped) return;
    if (result.ok) actions().receiveGuardrails(result.value, at);
    else if (result.reason !== 'stale') actions().setGuardrailsFailed(result.message, at);
  });

  /** Checks the guardrails once the inputs have been still for `guardrailsQuietMs`. */
  const guardrailsWhenStill = () => {
    clearTimeout(guardrailsTimer);
    guardrailsTimer = setTimeout(() => void guardrails(), guardrailsQuietMs);
  };

  // The selected request's fixes follow its result: searched once current results deny it.
  const fixes = coalesce(async () => {
    await ready;
    const state = store.getState();
    if (stopped || resultsPhase(state) !== 'current') return;
    const result = selectSelectedResult(state);
    if (result === null || result.decision === 'Allowed') return;
    const request = selectedRequestOf(state);
    const at = revision;
    const done = state.fixPlanRequestId === request.id;
    if (done && (state.fixPlanRevision === at || state.fixPlanErrorRevision === at)) return;
    const outcome = await client.fixes(selectScenario(state), toEngineRequest(request));
    if (stopped) return;
    if (outcome.ok) actions().receiveFixPlan(outcome.value, at, request.id);
    else if (outcome.reason !== 'stale') actions().setFixPlanFailed(outcome.message, at, request.id);
  });

  // The selected action's explanation follows both the selection and the scenario.
  const explain = async (): Promise<void> => {
    await ready;
    const state = store.getState();
    const action = state.selectedAction;
    const at = revision;
    if (!action) {
      state.actions.setExplanation(null, at);
      return;
    }
    if (state.paused !== null) return;
    const result = await client.explain(selectScenario(state), action);
    if (stopped || !result.ok) return;
    if (store.getState().selectedAction === action) actions().setExplanation(result.value, at);
  };

  // The baseline a comparison is made with is evaluated once, when it is chosen.
  const evaluateBaseline = async (): Promise<void> => {
    await ready;
    const baseline = store.getState().baseline;
    if (stopped || baseline === null) return;
    const result = await client.evaluate(baseline.scenario, [], 'baseline');
    if (stopped || (!result.ok && result.reason === 'stale')) return;
    if (result.ok) {
      const { analysis } = result.value;
      actions().receiveBaselineAnalysis(
        baseline,
        analysis,
        analysis === null ? 'the baseline scenario could not be compiled (see its principal)' : null,
      );
    } else actions().receiveBaselineAnalysis(baseline, null, result.message);
  };

  /** Everything that follows the inputs at once: results, diagnostics, the explanation. */
  const evaluateInputs = () => {
    void run();
    void diagnose();
    void explain();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.baseline !== previous.baseline) void evaluateBaseline();
    const inputs = evaluationInputsChanged(state, previous);
    const resumed = previous.paused !== null && state.paused === null;
    if (inputs) {
      revision += 1;
      const at = now();
      const beginsEdit = at - lastInputAt > EDIT_PAUSE_MS;
      lastInputAt = at;
      // At once, before any await: from now on the results on screen are marked busy.
      actions().setInputRevision(revision, beginsEdit);
    }
    // A keystroke waits for the keys to pause; any other change (and the pause itself) runs now.
    // Other updates (the ones the runs themselves make) leave a waiting evaluation waiting.
    const keystroke = inputs && state.keystrokes !== previous.keystrokes;
    if (inputs || resumed) clearTimeout(keysTimer);
    if (keystroke) keysTimer = setTimeout(evaluateInputs, typingPauseMs);
    else if (inputs || resumed) evaluateInputs();
    else if (state.selectedAction !== previous.selectedAction) void explain();
    if (resumed) void guardrails();
    else if (inputs) guardrailsWhenStill();
    const results =
      state.snapshot !== previous.snapshot ||
      state.snapshotRevision !== previous.snapshotRevision ||
      state.starting !== previous.starting;
    if (results || state.selectedRequestId !== previous.selectedRequestId) void fixes();
  });
  void ready.then(() => {
    if (!stopped) actions().setStarted();
  });
  void run();
  void diagnose();
  void guardrails();
  // Should the results never come (a broken worker), the editor still loads.
  const fallback = setTimeout(() => actions().requestEditor(), 4000);
  return () => {
    clearTimeout(fallback);
    clearTimeout(guardrailsTimer);
    clearTimeout(keysTimer);
    stopped = true;
    unsubscribe();
  };
}
