/**
 * Order statistics and a batch timer. Medians over many short batches are what the bench
 * reports: on a loaded 2-core machine single samples are noisy, the median of batches is not.
 */

/**
 * The `p`-th percentile (0–100) of `values` by linear interpolation between closest ranks;
 * NaN for an empty list. Does not modify `values`.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (rank - low);
}

/** The median of `values`; NaN for an empty list. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Options of {@link timePerCall}. */
export interface BatchOptions {
  /** Calls made before timing, so the JIT has settled. @default 2000 */
  readonly warmupCalls?: number;
  /** Timed batches. @default 400 */
  readonly batches?: number;
  /** Smallest wall time of one batch, in ms; calls per batch are calibrated to reach it. @default 0.25 */
  readonly minBatchMs?: number;
}

/** Per-call times in microseconds, one per batch, with the calls each batch made. */
export interface BatchTimes {
  readonly perCallUs: readonly number[];
  readonly callsPerBatch: number;
}

/** Sink for results, so the optimiser cannot drop a call whose result is unused. */
let sink: unknown;

/** Returns the last value a timed function produced (keeps {@link timePerCall}'s sink observable). */
export function lastResult(): unknown {
  return sink;
}

/**
 * Times `call(i)` (i counts calls, so callers can cycle through inputs): warms up, calibrates
 * how many calls fill `minBatchMs`, then times `batches` batches with `process.hrtime.bigint()`
 * and returns each batch's time per call.
 */
export function timePerCall(call: (i: number) => unknown, options: BatchOptions = {}): BatchTimes {
  const warmup = options.warmupCalls ?? 2000;
  const batches = options.batches ?? 400;
  const minBatchNs = BigInt(Math.round((options.minBatchMs ?? 0.25) * 1e6));
  let i = 0;
  for (; i < warmup; i++) sink = call(i);

  let calls = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let k = 0; k < calls; k++) sink = call(i++);
    if (process.hrtime.bigint() - start >= minBatchNs || calls >= 1 << 24) break;
    calls *= 2;
  }

  const perCallUs: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let k = 0; k < calls; k++) sink = call(i++);
    const elapsed = process.hrtime.bigint() - start;
    perCallUs.push(Number(elapsed) / 1000 / calls);
  }
  return { perCallUs, callsPerBatch: calls };
}
