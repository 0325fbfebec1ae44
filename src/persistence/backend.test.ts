import { afterEach, describe, expect, it, vi } from 'vitest';

import { browserStorageBackend, createMemoryBackend } from './backend';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createMemoryBackend', () => {
  it('stores, reads and removes values', () => {
    const backend = createMemoryBackend();
    expect(backend.getItem('k')).toBeNull();
    backend.setItem('k', 'v');
    expect(backend.getItem('k')).toBe('v');
    backend.removeItem('k');
    expect(backend.getItem('k')).toBeNull();
  });
});

describe('browserStorageBackend', () => {
  it('is null without a window', () => {
    expect(browserStorageBackend()).toBeNull();
  });

  it('returns localStorage when it accepts a write, and leaves no probe behind', () => {
    const localStorage = createMemoryBackend();
    vi.stubGlobal('window', { localStorage });
    expect(browserStorageBackend()).toBe(localStorage);
    expect(localStorage.getItem('iam-playground.probe')).toBeNull();
  });

  it('is null when reading localStorage throws (storage disabled)', () => {
    vi.stubGlobal('window', {
      get localStorage(): never {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(browserStorageBackend()).toBeNull();
  });

  it('is null when writing throws (old Safari private mode)', () => {
    const localStorage = {
      ...createMemoryBackend(),
      setItem: (): never => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    vi.stubGlobal('window', { localStorage });
    expect(browserStorageBackend()).toBeNull();
  });
});
