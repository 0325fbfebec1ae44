/**
 * Local autosave: the current work, and a backup slot for "the work a link replaced" so opening
 * a link never silently overwrites unsaved work. Values are a versioned envelope
 * `{ v: 1, savedAt, state }` whose `state` is the permalink's wire payload with every field
 * written, checked on load by the same validation as links. Nothing here throws: unreadable data
 * is ignored with a reason, and a backend that throws is replaced by memory for the session.
 */
import { readWirePayload, toWirePayload, validateSharedState, type SharedState } from '../permalink';
import { browserStorageBackend, createMemoryBackend, type StorageBackend } from './backend';

/** Envelope version this build writes. */
export const STORAGE_FORMAT = 1;

/** The keys the autosave uses. */
export const STORAGE_KEYS = {
  autosave: 'iam-playground.autosave',
  backup: 'iam-playground.backup',
} as const;

/** Why a load found nothing usable. `empty` is the normal first visit. */
export type LoadFailure = 'empty' | 'corrupt' | 'future-version' | 'invalid';

/** Result of a load. `savedAt` is milliseconds since the epoch. */
export type LoadResult =
  | { readonly ok: true; readonly state: SharedState; readonly savedAt: number }
  | { readonly ok: false; readonly reason: LoadFailure; readonly message: string };

/**
 * Result of a save. `persisted` is false when the work is only kept in memory (storage
 * unavailable or full); `fallbackReason()` says why.
 */
export type SaveResult =
  | { readonly ok: true; readonly persisted: boolean }
  | { readonly ok: false; readonly reason: 'invalid'; readonly message: string };

/** The autosave. */
export interface PlaygroundStorage {
  /** The saved work. */
  load(): LoadResult;
  /** Saves the work (call it through a debouncer while the person types). */
  save(state: SharedState): SaveResult;
  /** Forgets the saved work. */
  clear(): void;
  /** Keeps the work a link is about to replace. */
  saveBackup(state: SharedState): SaveResult;
  /** The work a link replaced, if any. */
  loadBackup(): LoadResult;
  /** Forgets the backup. */
  clearBackup(): void;
  /** True while saves reach the real backend; false once storage fell back to memory. */
  isPersistent(): boolean;
  /** Why storage fell back to memory, for a notice; null while persistent. */
  fallbackReason(): string | null;
}

/** Options of `createStorage`. */
export interface StorageOptions {
  /** Clock for `savedAt`; defaults to `Date.now`. */
  readonly now?: () => number;
}

interface Envelope {
  readonly v: number;
  readonly savedAt: number;
  readonly state: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

const ignored = (reason: LoadFailure, message: string): LoadResult => ({ ok: false, reason, message });

/** Turns stored text into a state, or the reason it cannot be used. */
function parseStored(text: string | null, what: string): LoadResult {
  if (text === null) return ignored('empty', `No ${what} yet.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return ignored('corrupt', `The ${what} could not be read (it is not JSON) and was ignored.`);
  }
  if (!isRecord(parsed)) return ignored('corrupt', `The ${what} has an unknown shape and was ignored.`);
  const version = ownValue(parsed, 'v');
  const savedAt = ownValue(parsed, 'savedAt');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return ignored('corrupt', `The ${what} has no valid version and was ignored.`);
  }
  if (version > STORAGE_FORMAT) {
    return ignored(
      'future-version',
      `The ${what} was written by a newer version of the playground (format ${version}) and was ignored.`,
    );
  }
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) {
    return ignored('corrupt', `The ${what} has no valid save time and was ignored.`);
  }
  const result = readWirePayload(ownValue(parsed, 'state'));
  if (!result.ok) {
    const { path, problem } = result.problem;
    return ignored('invalid', `The ${what} is damaged (${path} ${problem}) and was ignored.`);
  }
  return { ok: true, state: result.state, savedAt };
}

/**
 * Creates the autosave over `backend`: by default the browser's localStorage, and memory when
 * that is unavailable (or when `null` is passed).
 */
export function createStorage(
  backend: StorageBackend | null = browserStorageBackend(),
  options: StorageOptions = {},
): PlaygroundStorage {
  const now = options.now ?? Date.now;
  let active: StorageBackend = backend ?? createMemoryBackend();
  let reason: string | null = backend
    ? null
    : 'Browser storage is not available; work is kept until the tab closes.';

  /** Runs `operation` on the backend; if it throws, switches to memory for the session and retries there. */
  function guarded<T>(operation: (store: StorageBackend) => T, problem: string): T {
    try {
      return operation(active);
    } catch {
      if (reason === null) {
        active = createMemoryBackend();
        reason = problem;
      }
      return operation(active);
    }
  }

  function write(key: string, state: SharedState): SaveResult {
    const invalid = validateSharedState(state);
    if (invalid) return { ok: false, reason: 'invalid', message: invalid.message };
    const envelope: Envelope = { v: STORAGE_FORMAT, savedAt: now(), state: toWirePayload(state, false) };
    const text = JSON.stringify(envelope);
    guarded(
      (store) => store.setItem(key, text),
      'Browser storage refused to save (it may be full or disabled); work is kept until the tab closes.',
    );
    return { ok: true, persisted: reason === null };
  }

  function read(key: string, what: string): LoadResult {
    const text = guarded(
      (store) => store.getItem(key),
      'Browser storage could not be read; work is kept until the tab closes.',
    );
    return parseStored(text, what);
  }

  function remove(key: string): void {
    guarded(
      (store) => store.removeItem(key),
      'Browser storage could not be changed; work is kept until the tab closes.',
    );
  }

  return {
    load: () => read(STORAGE_KEYS.autosave, 'saved work'),
    save: (state) => write(STORAGE_KEYS.autosave, state),
    clear: () => remove(STORAGE_KEYS.autosave),
    saveBackup: (state) => write(STORAGE_KEYS.backup, state),
    loadBackup: () => read(STORAGE_KEYS.backup, 'backup of replaced work'),
    clearBackup: () => remove(STORAGE_KEYS.backup),
    isPersistent: () => reason === null,
    fallbackReason: () => reason,
  };
}
