/**
 * The library over the files bundled with the app: Vite turns these dynamic imports into
 * lazily loaded chunks, so the ~200 KB index is fetched on first use and each document shard
 * only when one of its policies is needed.
 */

import { createManagedPolicyLibrary, type ManagedPolicyLibrary } from './index';

let library: Promise<ManagedPolicyLibrary> | undefined;

/** The bundled library, created once; a failed load is retried on the next call. */
export function loadBundledManagedPolicies(): Promise<ManagedPolicyLibrary> {
  library ??= import('./generated/index.json').then(
    (index) => createManagedPolicyLibrary(index, (key) => import(`./generated/shards/${key}.json`)),
    (error: unknown) => {
      library = undefined;
      throw error;
    },
  );
  return library;
}
