/**
 * Local autosave: the current work, and Recent work (`recent.ts`), the scenarios something
 * replaced, so opening a link, an example or an import never loses unsaved work. Work is stored
 * as the envelope of `envelope.ts` and checked on load by the same validation as links. Nothing
 * here throws: unreadable data is reported with a reason (and its text handed back to be kept),
 * and a write the browser refuses is kept in memory and tried again at the next write, while
 * what was stored before stays readable (`guardedStore.ts`).
 */
import { validateSharedState, type SharedState } from '../permalink';
import { browserStorageBackend, type StorageBackend } from './backend';
import { envelopeText, readEnvelope, type LoadResult } from './envelope';
import { createGuardedStore } from './guardedStore';
import {
  parseRecentList,
  readEntry,
  recentListText,
  withEntry,
  type RecentCause,
  type RecentEntry,
  type StoredEntry,
} from './recent';

/** The keys the autosave uses. */
export const STORAGE_KEYS = {
  autosave: 'iam-playground.autosave',
  recent: 'iam-playground.recent',
  /** Where versions before Recent work kept one replaced scenario; moved into Recent work on start. */
  legacyBackup: 'iam-playground.backup',
} as const;

/**
 * Result of a save. `persisted` is false when the work is only kept in memory (storage
 * unavailable, or it refused this write); `fallbackReason()` says why.
 */
export type SaveResult =
  | { readonly ok: true; readonly persisted: boolean }
  | { readonly ok: false; readonly reason: 'invalid'; readonly message: string };

/** The autosave and Recent work. */
export interface PlaygroundStorage {
  /** The saved work. */
  load(): LoadResult;
  /** Saves the work (call it through a debouncer while the person types). */
  save(state: SharedState): SaveResult;
  /** Forgets the saved work. */
  clear(): void;
  /** Recent work, newest first. */
  recent(): RecentEntry[];
  /**
   * Keeps `state` in Recent work (replacing an entry holding the same work) and returns the
   * entry, or null for a state the link format cannot hold (never one the store produced).
   */
  remember(state: SharedState, cause: RecentCause): RecentEntry | null;
  /** Keeps stored text as it is, e.g. saved work this version cannot open. */
  rememberText(text: string, cause: RecentCause): RecentEntry;
  /** Removes an entry of Recent work. */
  forget(id: string): void;
  /** True while everything is saved in the browser's storage. */
  isPersistent(): boolean;
  /** Why something is kept in memory only, for a notice; null while persistent. */
  fallbackReason(): string | null;
}

/** Options of `createStorage`. */
export interface StorageOptions {
  /** Clock for `savedAt`; defaults to `Date.now`. */
  readonly now?: () => number;
}

let entries = 0;

/**
 * Creates the autosave over `backend`: by default the browser's localStorage, and memory when
 * that is unavailable (or when `null` is passed). A replaced scenario an older version kept in
 * its one backup slot moves into Recent work.
 */
export function createStorage(
  backend: StorageBackend | null = browserStorageBackend(),
  options: StorageOptions = {},
): PlaygroundStorage {
  const now = options.now ?? Date.now;
  const store = createGuardedStore(backend);

  const list = (): StoredEntry[] => parseRecentList(store.get(STORAGE_KEYS.recent), now());
  const add = (
    text: string,
    cause: RecentCause,
    savedAt = now(),
  ): { entry: StoredEntry; written: boolean } => {
    entries += 1;
    const random = Math.random().toString(36).slice(2, 8);
    const entry: StoredEntry = { id: `${savedAt.toString(36)}-${entries}-${random}`, savedAt, cause, text };
    const written = store.set(STORAGE_KEYS.recent, recentListText(withEntry(list(), entry)));
    return { entry, written };
  };

  const legacy = store.get(STORAGE_KEYS.legacyBackup);
  if (legacy !== null) {
    const work = readEnvelope(legacy, 'backup');
    // The backup is removed only once Recent work holds it in the browser's storage.
    if (add(legacy, 'link', work.ok ? work.savedAt : now()).written) store.remove(STORAGE_KEYS.legacyBackup);
  }

  const validText = (state: SharedState): string | { message: string } => {
    const invalid = validateSharedState(state);
    return invalid ? { message: invalid.message } : envelopeText(state, now());
  };

  return {
    load: () => readEnvelope(store.get(STORAGE_KEYS.autosave), 'saved work'),
    save: (state) => {
      const text = validText(state);
      if (typeof text !== 'string') return { ok: false, reason: 'invalid', message: text.message };
      // The stored autosave may be the very work Recent work could not take (the browser refused
      // it): it is not overwritten until Recent work is stored.
      if (!store.retry(STORAGE_KEYS.recent)) {
        store.hold(STORAGE_KEYS.autosave, text);
        return { ok: true, persisted: false };
      }
      return { ok: true, persisted: store.set(STORAGE_KEYS.autosave, text) };
    },
    clear: () => store.remove(STORAGE_KEYS.autosave),
    recent: () => list().map(readEntry),
    remember: (state, cause) => {
      const text = validText(state);
      return typeof text === 'string' ? readEntry(add(text, cause).entry) : null;
    },
    rememberText: (text, cause) => readEntry(add(text, cause).entry),
    forget: (id) => {
      const kept = list().filter((entry) => entry.id !== id);
      store.set(STORAGE_KEYS.recent, recentListText(kept));
    },
    isPersistent: store.persistent,
    fallbackReason: store.problem,
  };
}
