/**
 * The fuzz suites' hang detector. Unit tests make no timing assertions about speed (that is
 * `npm run bench`'s job); this bound is far above any honest run on a loaded machine and only
 * catches work that grows out of control (a backtracking match, a decoder that never stops),
 * which would take minutes, not milliseconds.
 */

/** Per-case wall-clock bound for one CLI run or one link opened: generous, to detect hangs. */
export const HANG_DEADLINE_MS = 2000;

/** Runs `work` and returns its value with the wall-clock milliseconds it took. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}
