/**
 * A key-value store over a backend that may refuse at any time. A write the backend refuses
 * (quota exceeded, storage disabled) is kept in memory for that key only: the other keys are
 * still read from the backend, so what is stored stays reachable, and the next write of the key
 * tries the backend again. Nothing here throws.
 */
import type { StorageBackend } from './backend';

/** The store. */
export interface GuardedStore {
  /** The value of `key`: the one kept in memory when its last write was refused, else the backend's. */
  get(key: string): string | null;
  /** Writes `key`; false when the backend refused and the value is kept in memory instead. */
  set(key: string, value: string): boolean;
  /** Removes `key`; a refused removal is remembered in memory as "absent". */
  remove(key: string): void;
  /** Keeps `value` for `key` in memory without writing it (see `retry`). */
  hold(key: string, value: string): void;
  /** Writes a value of `key` kept in memory to the backend; true when `key` has none left. */
  retry(key: string): boolean;
  /** True while every value lives in the backend. */
  persistent(): boolean;
  /** Why some value lives only in memory (for a notice), or null. */
  problem(): string | null;
}

const UNAVAILABLE = 'Browser storage is not available; work is kept until the tab closes.';

/** Why the backend refused, in words, from the exception it threw. */
export function describeRefusal(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'it is full';
  if (name === 'SecurityError') return 'it is disabled for this page';
  const message = error instanceof Error ? error.message : String(error);
  return message ? `it reported "${message.slice(0, 200)}"` : 'it gave no reason';
}

/** Creates the store over `backend`; with null (no storage at all) everything lives in memory. */
export function createGuardedStore(backend: StorageBackend | null): GuardedStore {
  /** Values whose last write (or removal, as null) the backend refused. */
  const kept = new Map<string, string | null>();
  let writeProblem: string | null = null;
  let readProblem: string | null = null;

  const refused = (error: unknown): string =>
    `Browser storage refused to save (${describeRefusal(error)}): your latest changes are kept in this tab ` +
    'only, and saving is tried again at every change. What was saved before is still there.';

  /** Writes (or, with null, removes) `key` in the backend; false when it refused. */
  const attempt = (key: string, value: string | null): boolean => {
    if (backend === null) {
      if (value === null) kept.delete(key);
      else kept.set(key, value);
      return false;
    }
    try {
      if (value === null) backend.removeItem(key);
      else backend.setItem(key, value);
      kept.delete(key);
      if (kept.size === 0) writeProblem = null;
      return true;
    } catch (error) {
      kept.set(key, value);
      writeProblem = refused(error);
      return false;
    }
  };

  return {
    get(key) {
      if (kept.has(key)) return kept.get(key) ?? null;
      if (backend === null) return null;
      try {
        const value = backend.getItem(key);
        readProblem = null;
        return value;
      } catch (error) {
        readProblem = `Browser storage could not be read (${describeRefusal(error)}); work is kept until the tab closes.`;
        return null;
      }
    },
    set: (key, value) => attempt(key, value),
    remove: (key) => {
      attempt(key, null);
    },
    hold: (key, value) => {
      kept.set(key, value);
    },
    retry: (key) => !kept.has(key) || (backend !== null && attempt(key, kept.get(key) ?? null)),
    persistent: () => backend !== null && kept.size === 0 && readProblem === null,
    problem: () => (backend === null ? UNAVAILABLE : (writeProblem ?? readProblem)),
  };
}
