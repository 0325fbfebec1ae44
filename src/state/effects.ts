/**
 * Evaluation is triggered here, from store subscriptions, never inside components. At most one
 * evaluation is in flight: changes made meanwhile are coalesced into one follow-up run with the
 * latest state, so fast typing never queues up stale work.
 */
import type { EvaluationClient } from '../worker/client';
import { evaluationInputsChanged, selectDocumentsToCheck, selectScenario } from './selectors';
import type { PlaygroundStore } from './store';

/** Starts evaluating on every relevant change; returns a function that stops it. */
export function startEvaluationEffects(store: PlaygroundStore, client: EvaluationClient): () => void {
  let stopped = false;
  // Bumped on every change of the inputs; results carry the revision they were computed for.
  let revision = 0;

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
    const state = store.getState();
    const at = revision;
    state.actions.setRunning();
    const result = await client.evaluate(selectScenario(state), selectDocumentsToCheck(state));
    if (stopped) return;
    if (result.ok) {
      store.getState().actions.receiveSnapshot(result.value, at);
      // The first results are in: now the editor may take the CPU.
      if (!store.getState().editorRequested) {
        performance.mark('iam:first-results');
        store.getState().actions.requestEditor();
      }
    } else if (result.reason !== 'stale') store.getState().actions.setFailed(result.reason);
  });

  // The catalog checks may wait for service details; they never hold up the results.
  const diagnose = coalesce(async () => {
    const at = revision;
    const result = await client.diagnose(selectDocumentsToCheck(store.getState()));
    if (!stopped && result.ok && at === revision)
      store.getState().actions.receiveDiagnostics(result.value, at);
  });

  // The selected action's explanation follows both the selection and the scenario.
  const explain = async (): Promise<void> => {
    const state = store.getState();
    const action = state.selectedAction;
    if (!action) {
      state.actions.setExplanation(null);
      return;
    }
    const result = await client.explain(selectScenario(state), action);
    if (stopped || !result.ok) return;
    if (store.getState().selectedAction === action) store.getState().actions.setExplanation(result.value);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const inputs = evaluationInputsChanged(state, previous);
    if (inputs) {
      revision += 1;
      void run();
      void diagnose();
    }
    if (inputs || state.selectedAction !== previous.selectedAction) void explain();
  });
  void run();
  void diagnose();
  // Should the results never come (a broken worker), the editor still loads.
  const fallback = setTimeout(() => store.getState().actions.requestEditor(), 4000);
  return () => {
    clearTimeout(fallback);
    stopped = true;
    unsubscribe();
  };
}
