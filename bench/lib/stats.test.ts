import { describe, expect, it, vi } from 'vitest';

import { median, percentile, timePerCall } from './stats';

describe('percentile', () => {
  it.each([
    { values: [3, 1, 2], p: 50, expected: 2 },
    { values: [4, 1, 3, 2], p: 50, expected: 2.5 },
    { values: [10, 20, 30, 40, 50], p: 0, expected: 10 },
    { values: [10, 20, 30, 40, 50], p: 100, expected: 50 },
    { values: [10, 20, 30, 40, 50], p: 95, expected: 48 },
    { values: [7], p: 95, expected: 7 },
  ])('p$p of $values is $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 10);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(median([])).toBeNaN();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('timePerCall', () => {
  it('times the requested number of batches, passing a call counter that never repeats', () => {
    const seen = new Set<number>();
    const result = timePerCall((i) => seen.add(i), { warmupCalls: 5, batches: 7, minBatchMs: 0.01 });
    expect(result.perCallUs).toHaveLength(7);
    expect(result.callsPerBatch).toBeGreaterThanOrEqual(1);
    expect(result.perCallUs.every((t) => t >= 0 && Number.isFinite(t))).toBe(true);
    // Warm-up, calibration and the timed batches each see fresh indexes.
    expect(seen.size).toBeGreaterThanOrEqual(5 + 7 * result.callsPerBatch);
    expect(Math.min(...seen)).toBe(0);
  });

  it('divides each batch time by its calls, on a clock only the calls advance', () => {
    let now = 0n;
    const clock = vi.spyOn(process.hrtime, 'bigint').mockImplementation(() => now);
    try {
      // Each call takes 2.5 µs, plus 1 ms once, inside one batch of the timed ones.
      const result = timePerCall(
        (i) => {
          now += 2500n;
          if (i === 600) now += 1_000_000n;
        },
        { warmupCalls: 10, batches: 9, minBatchMs: 0.1 },
      );
      // 0.1 ms of 2.5 µs calls: calibration doubles up to 64 calls per batch.
      expect(result.callsPerBatch).toBe(64);
      const slow = result.perCallUs.filter((t) => t > 2.5 + 1e-9);
      expect(slow).toHaveLength(1);
      expect(slow[0]).toBeCloseTo(2.5 + 1000 / 64, 9);
      expect(median(result.perCallUs)).toBeCloseTo(2.5, 9);
    } finally {
      clock.mockRestore();
    }
  });
});
