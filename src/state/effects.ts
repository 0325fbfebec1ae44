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
  let running = false;
  let again = false;
  let stopped = false;

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      const state = store.getState();
      state.actions.setRunning();
      const result = await client.evaluate(selectScenario(state), selectDocumentsToCheck(state));
      if (stopped) return;
      if (result.ok) store.getState().actions.receiveSnapshot(result.value);
      else if (result.reason !== 'stale') store.getState().actions.setFailed(result.reason);
    } while (again && !stopped);
    running = false;
  };

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
    if (inputs) void run();
    if (inputs || state.selectedAction !== previous.selectedAction) void explain();
  });
  void run();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
