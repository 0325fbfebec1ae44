/** Turns a service shard into {@link ServiceDetails}. */

import { createConditionKeyTable } from './conditionKeys';
import { isServiceShardFile } from './schema';
import type { ActionDetails, CatalogResult, ServiceDetails } from './types';

/** Checks the shape of a loaded shard for `prefix` and wraps it with lookups. */
export function decodeServiceShard(prefix: string, value: unknown): CatalogResult<ServiceDetails> {
  if (!isServiceShardFile(value) || value.prefix !== prefix) {
    return {
      ok: false,
      error: { code: 'invalid-data', message: `catalog shard ${prefix}: unexpected content` },
    };
  }
  const byName = new Map<string, ActionDetails>();
  for (const action of value.actions) byName.set(action.name.toLowerCase(), action);
  return {
    ok: true,
    value: {
      prefix: value.prefix,
      name: value.name,
      actions: value.actions,
      action: (name) => byName.get(name.toLowerCase()),
      resourceTypes: value.resourceTypes,
      conditionKeys: createConditionKeyTable(value.conditionKeys),
    },
  };
}
