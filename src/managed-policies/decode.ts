/** Turns the generated files into summaries and documents, checking their shape on the way. */

import { awsManagedArn, isIndexFileShape, isIndexPolicy, isShardFile, shardKey } from './schema';
import type { ManagedPolicyResult, ManagedPolicySummary } from './types';

/** The decoded `index.json`. */
export interface DecodedIndex {
  readonly source: string;
  readonly version: string;
  readonly date: string;
  readonly policies: readonly ManagedPolicySummary[];
}

function invalid(message: string): ManagedPolicyResult<never> {
  return { ok: false, error: { code: 'invalid-data', message } };
}

/** Vite's `import('x.json')` yields `{ default: data }`; accept both that and the data itself. */
export function unwrapModule(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !('format' in value) && 'default' in value) {
    return value.default;
  }
  return value;
}

/** Checks and decodes `index.json`. */
export function decodeIndex(value: unknown): ManagedPolicyResult<DecodedIndex> {
  const file = unwrapModule(value);
  if (!isIndexFileShape(file)) return invalid('managed policies index.json: not of the expected format');
  const policies: ManagedPolicySummary[] = [];
  for (let i = 0; i < file.policies.length; i++) {
    const row = file.policies[i];
    if (!isIndexPolicy(row, file.shardCount))
      return invalid(`managed policies index.json: malformed policy ${i}`);
    const [name, path, versionId, lastUpdated, documentSize, shard, services] = row;
    policies.push(
      Object.freeze({
        name,
        arn: awsManagedArn(path, name),
        path,
        versionId,
        lastUpdated,
        documentSize,
        services: Object.freeze([...services]),
        shard: shardKey(shard),
      }),
    );
  }
  return {
    ok: true,
    value: { source: file.source, version: file.version, date: file.date, policies: Object.freeze(policies) },
  };
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/**
 * Checks a loaded shard and returns its documents by policy name. Documents are frozen once
 * here: every caller gets the same object, so nobody may change it under the others.
 */
export function decodeShard(key: string, value: unknown): ManagedPolicyResult<ReadonlyMap<string, unknown>> {
  const file = unwrapModule(value);
  if (!isShardFile(file) || shardKey(file.shard) !== key) {
    return invalid(`managed policies shard ${key}: not of the expected format`);
  }
  const documents = new Map<string, unknown>();
  for (const [name, document] of Object.entries(file.policies)) {
    deepFreeze(document);
    documents.set(name, document);
  }
  return { ok: true, value: documents };
}
