/**
 * A mark in local storage while an evaluation's results are on their way to the screen. If a
 * session freezes during a run (and the person closes the tab), the mark survives, and the next
 * start opens the saved work without evaluating it at once: reopening never freezes again.
 */
import type { StorageBackend } from './backend';

/** The key of the mark. */
export const RUN_GUARD_KEY = 'iam-playground.evaluating';

/** The guard of one page. */
export interface PersistentRunGuard {
  /** True when the previous session left a run unfinished. Read once, at creation. */
  readonly interrupted: boolean;
  /** A run starts. */
  begin(): void;
  /** The run's results are on screen (also called when the page is hidden normally). */
  end(): void;
}

/** Creates the guard over `backend`; without one (storage off) it never reports anything. */
export function createRunGuard(backend: StorageBackend | null): PersistentRunGuard {
  const attempt = (task: () => void) => {
    try {
      task();
    } catch {
      // Storage refused: the guard is best-effort and never breaks evaluation.
    }
  };
  let interrupted = false;
  attempt(() => {
    interrupted = backend?.getItem(RUN_GUARD_KEY) !== null && backend !== null;
  });
  return {
    interrupted,
    begin: () => attempt(() => backend?.setItem(RUN_GUARD_KEY, String(Date.now()))),
    end: () => attempt(() => backend?.removeItem(RUN_GUARD_KEY)),
  };
}
