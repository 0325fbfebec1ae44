/**
 * Trailing-edge debouncing for "saved as you type": a burst of calls runs the function once,
 * `ms` after the last call, with the last call's arguments. Timers are injectable so tests can
 * drive time by hand.
 */

/** The timer functions a debouncer needs; defaults to the global ones. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A debounced function. */
export interface Debouncer<A extends unknown[]> {
  /** Schedules `fn(...args)`, replacing any pending call. */
  call(...args: A): void;
  /** Runs the pending call now, if any (e.g. on `pagehide`, so the last keystrokes are kept). */
  flush(): void;
  /** Drops the pending call, if any. */
  cancel(): void;
  /** True while a call is waiting. */
  pending(): boolean;
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};

/** Creates a debouncer that runs `fn` `ms` milliseconds after the last `call`. */
export function createDebouncer<A extends unknown[]>(
  ms: number,
  fn: (...args: A) => void,
  timers: Timers = globalTimers,
): Debouncer<A> {
  let handle: unknown = null;
  let waiting: { args: A } | null = null;

  const run = (): void => {
    const next = waiting;
    handle = null;
    waiting = null;
    if (next) fn(...next.args);
  };

  return {
    call(...args) {
      if (waiting) timers.clearTimeout(handle);
      waiting = { args };
      handle = timers.setTimeout(run, ms);
    },
    flush() {
      if (!waiting) return;
      timers.clearTimeout(handle);
      run();
    },
    cancel() {
      if (!waiting) return;
      timers.clearTimeout(handle);
      handle = null;
      waiting = null;
    },
    pending: () => waiting !== null,
  };
}
