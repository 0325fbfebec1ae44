import { describe, expect, it } from 'vitest';

import { createMemoryBackend, type StorageBackend } from './backend';
import { createRunGuard, RUN_GUARD_KEY } from './runGuard';

describe(createRunGuard, () => {
  it('reports nothing on a first visit', () => {
    expect(createRunGuard(createMemoryBackend()).interrupted).toBe(false);
  });

  it('reports a run the previous page began and never ended', () => {
    const backend = createMemoryBackend();
    createRunGuard(backend).begin();
    expect(createRunGuard(backend).interrupted).toBe(true);
  });

  it('reports nothing after a run that ended', () => {
    const backend = createMemoryBackend();
    const guard = createRunGuard(backend);
    guard.begin();
    guard.end();
    expect(backend.getItem(RUN_GUARD_KEY)).toBeNull();
    expect(createRunGuard(backend).interrupted).toBe(false);
  });

  it('never throws when storage refuses, and then reports nothing', () => {
    const refusing: StorageBackend = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const guard = createRunGuard(refusing);
    expect(guard.interrupted).toBe(false);
    expect(() => {
      guard.begin();
      guard.end();
    }).not.toThrow();
    expect(createRunGuard(null).interrupted).toBe(false);
  });
});
