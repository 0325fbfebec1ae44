/**
 * Layout preferences (pane splits, table column widths), remembered per browser. They are not part
 * of the scenario: links, exports and the autosave never carry them. Stored under
 * {@link LAYOUT_STORAGE_KEY}; when storage is unavailable or refuses a write, they live in memory
 * for the session, as the autosave does.
 */
import { browserStorageBackend, type StorageBackend } from '../../persistence';

/** The `localStorage` key of the layout preferences. */
export const LAYOUT_STORAGE_KEY = 'iam-playground.layout';

/** Version of the stored shape `{ "v": 1, "values": { key: number } }`. */
const FORMAT = 1;

/** Named numbers, readable and writable, with change notification. */
export interface LayoutPrefs {
  /** The stored value of `key`, or undefined when none (or not a finite number) was stored. */
  get(key: string): number | undefined;
  /** Remembers `value` for `key`; non-finite values are ignored. */
  set(key: string, value: number): void;
  /** Every stored value; a new map after each change, so it can serve as a React snapshot. */
  snapshot(): ReadonlyMap<string, number>;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Reads the stored values, dropping anything that is not a finite number (corrupt or foreign data). */
export function parseLayoutPrefs(text: string | null): Map<string, number> {
  const values = new Map<string, number>();
  if (!text) return values;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return values;
  }
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== FORMAT) return values;
  const stored = (data as { values?: unknown }).values;
  if (typeof stored !== 'object' || stored === null) return values;
  for (const [key, value] of Object.entries(stored)) {
    if (typeof value === 'number' && Number.isFinite(value)) values.set(key, value);
  }
  return values;
}

/** Creates the preferences over `backend`; null (or a backend that throws) keeps them in memory. */
export function createLayoutPrefs(backend: StorageBackend | null): LayoutPrefs {
  let storage = backend;
  let values: Map<string, number>;
  try {
    values = parseLayoutPrefs(storage?.getItem(LAYOUT_STORAGE_KEY) ?? null);
  } catch {
    storage = null;
    values = new Map();
  }
  const listeners = new Set<() => void>();
  return {
    get: (key) => values.get(key),
    snapshot: () => values,
    set(key, value) {
      if (!Number.isFinite(value) || values.get(key) === value) return;
      values = new Map(values).set(key, value);
      try {
        storage?.setItem(
          LAYOUT_STORAGE_KEY,
          JSON.stringify({ v: FORMAT, values: Object.fromEntries(values) }),
        );
      } catch {
        // Full or refused: the values stay in memory for this session.
        storage = null;
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let shared: LayoutPrefs | null = null;

/** The page's preferences, over `localStorage` when the browser allows it. */
export function browserLayoutPrefs(): LayoutPrefs {
  shared ??= createLayoutPrefs(browserStorageBackend());
  return shared;
}
