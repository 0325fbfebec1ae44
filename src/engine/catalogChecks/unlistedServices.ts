/**
 * Service prefixes that AWS's own managed policies still use but the Service Authorization
 * Reference (and so the catalog) no longer lists, mostly because AWS retired the service
 * (ReadOnlyAccess, for one, still grants `deepcomposer:` and `iot1click:` actions).
 *
 * Documented choice: actions of these prefixes get no catalog diagnostics. Reporting them as
 * unknown services would flag AWS's own policies; they grant nothing today, but AWS accepts them.
 * The tests check that each prefix is missing from the catalog and used by a managed policy, so
 * the list cannot silently go stale.
 */
export const UNLISTED_SERVICES: readonly string[] = [
  'builderid',
  'datazonecontrol',
  'deepcomposer',
  'deeplens',
  'deepracer',
  'elastic-inference',
  'iot1click',
  'iotroborunner',
  'mobilehub',
  'sagemaker-groundtruth-synthetic',
  'zocalo',
];

const unlisted = new Set(UNLISTED_SERVICES);

/** Whether the prefix (any case) is in {@link UNLISTED_SERVICES}. */
export function isUnlistedService(prefix: string): boolean {
  return unlisted.has(prefix.toLowerCase());
}
