import { describe, expect, it } from 'vitest';

import { createDebouncer, type Timers } from './debounce';

/** Timers driven by hand: `advance(ms)` runs what is due. */
function manualTimers(): Timers & { advance(ms: number): void; scheduled(): number } {
  let now = 0;
  let nextId = 0;
  const queue = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      queue.set(++nextId, { at: now + ms, callback });
      return nextId;
    },
    clearTimeout(handle) {
      queue.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...queue].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now) continue;
        queue.delete(id);
        timer.callback();
      }
    },
    scheduled: () => queue.size,
  };
}

describe('createDebouncer', () => {
  it('runs once, ms after the last call, with the last arguments', () => {
    const timers = manualTimers();
    const calls: string[] = [];
    const debounced = createDebouncer(1000, (text: string) => calls.push(text), timers);
    debounced.call('a');
    timers.advance(600);
    debounced.call('ab');
    timers.advance(600);
    expect(calls).toEqual([]);
    timers.advance(400);
    expect(calls).toEqual(['ab']);
    expect(timers.scheduled()).toBe(0);
  });

  it('flush runs the pending call now, once', () => {
    const timers = manualTimers();
    const calls: number[] = [];
    const debounced = createDebouncer(1000, (value: number) => calls.push(value), timers);
    debounced.call(1);
    expect(debounced.pending()).toBe(true);
    debounced.flush();
    expect(calls).toEqual([1]);
    expect(debounced.pending()).toBe(false);
    timers.advance(2000);
    debounced.flush();
    expect(calls).toEqual([1]);
  });

  it('cancel drops the pending call', () => {
    const timers = manualTimers();
    const calls: number[] = [];
    const debounced = createDebouncer(1000, (value: number) => calls.push(value), timers);
    debounced.call(1);
    debounced.cancel();
    timers.advance(2000);
    expect(calls).toEqual([]);
    expect(timers.scheduled()).toBe(0);
  });

  it('works with the real timers', async () => {
    const calls: number[] = [];
    const debounced = createDebouncer(5, (value: number) => calls.push(value));
    debounced.call(1);
    debounced.call(2);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toEqual([2]);
  });
});
