/** Entry point of the persistence layer: the local autosave, its backends and the debouncer. */
export { browserStorageBackend, createMemoryBackend, type StorageBackend } from './backend';
export { createDebouncer, type Debouncer, type Timers } from './debounce';
export {
  createStorage,
  STORAGE_FORMAT,
  STORAGE_KEYS,
  type LoadFailure,
  type LoadResult,
  type PlaygroundStorage,
  type SaveResult,
  type StorageOptions,
} from './storage';
export { createRunGuard, RUN_GUARD_KEY, type PersistentRunGuard } from './runGuard';
