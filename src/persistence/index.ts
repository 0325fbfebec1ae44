/** Entry point of the persistence layer: the local autosave, Recent work, their backends and the debouncer. */
export { browserStorageBackend, createMemoryBackend, type StorageBackend } from './backend';
export { createDebouncer, type Debouncer, type Timers } from './debounce';
export { readEnvelope, STORAGE_FORMAT, workKey, type LoadFailure, type LoadResult } from './envelope';
export { describeRefusal } from './guardedStore';
export { RECENT_CAUSES, RECENT_LIMIT, type RecentCause, type RecentEntry } from './recent';
export {
  createStorage,
  STORAGE_KEYS,
  type PlaygroundStorage,
  type SaveResult,
  type StorageOptions,
} from './storage';
export { createRunGuard, RUN_GUARD_KEY, type PersistentRunGuard } from './runGuard';
