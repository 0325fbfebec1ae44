/**
 * Where saved work goes: a minimal key-value interface that `window.localStorage` satisfies, so
 * storage logic can be tested without a DOM and fall back to memory when the browser refuses.
 */

/** The part of the Web Storage API the autosave uses. Any method may throw (private mode, quota). */
export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A backend that keeps values in memory for the life of the page. */
export function createMemoryBackend(): StorageBackend {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, value);
    },
    removeItem: (key) => {
      values.delete(key);
    },
  };
}

const PROBE_KEY = 'iam-playground.probe';

/**
 * `window.localStorage` when it exists and accepts a write, else null. Reading the property can
 * itself throw (storage disabled, sandboxed iframes), and Safari's old private mode failed only on
 * write, hence the probe.
 */
export function browserStorageBackend(): StorageBackend | null {
  if (typeof window === 'undefined') return null;
  try {
    const storage = window.localStorage;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return storage;
  } catch {
    return null;
  }
}
