/** Condition keys known to the catalog: lookup by name and the keys a statement's actions support. */
import type { CatalogAction, GlobalConditionKeys, ServiceDetails } from '../../../catalog';
import type { KeyOrigin } from './describe';
import type { LanguageData } from './languageData';

/** A condition key's catalog entry: key (maybe a `${TagKey}` template), type, description. */
export type ConditionKeyEntry = ServiceDetails['conditionKeys']['all'][number];

/** A global condition key's entry, which also has a category. */
export type GlobalConditionKeyEntry = GlobalConditionKeys['all'][number];

/** A condition key's catalog entry and where it was found. */
export interface KnownConditionKey {
  readonly entry: ConditionKeyEntry;
  readonly origin: KeyOrigin;
  /** For global keys: the data's category (`network`, `principal`…). */
  readonly category?: string;
}

function servicePart(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? '' : key.slice(0, colon).toLowerCase();
}

/**
 * The catalog entry of a key as written (`aws:SourceIp`, `aws:RequestTag/team`,
 * `s3:prefix`): global keys first for `aws:`, the service's own keys otherwise, then the
 * cross-service global keys (`ec2:SourceInstanceArn`). Undefined when unknown or not loaded.
 */
export function lookupConditionKey(key: string, data: LanguageData): KnownConditionKey | undefined {
  const prefix = servicePart(key);
  if (prefix === '') return undefined;
  const fromGlobals = (): KnownConditionKey | undefined => {
    const entry = data.globalKeys()?.find(key);
    return entry === undefined ? undefined : { entry, origin: 'global', category: entry.category };
  };
  if (prefix === 'aws') return fromGlobals();
  const entry = data.details(prefix)?.conditionKeys.find(key);
  return entry === undefined ? fromGlobals() : { entry, origin: 'service' };
}

/** A key a statement's actions support, with the actions that list it. */
export interface SupportedKey extends KnownConditionKey {
  readonly actions: readonly string[];
}

/**
 * The condition keys the actions support (their own keys, the keys of their resource types, and
 * the keys of those resource types in the service's table), in first-seen order. Keys of
 * services whose details are not loaded yet are missing; their loads are started.
 */
export function keysSupportedBy(actions: readonly CatalogAction[], data: LanguageData): SupportedKey[] {
  const byKey = new Map<string, { readonly entry: KnownConditionKey; readonly actions: string[] }>();
  const add = (key: string, action: CatalogAction): void => {
    const lower = key.toLowerCase();
    const known = byKey.get(lower);
    if (known !== undefined) {
      known.actions.push(action.fullName);
      return;
    }
    const entry = lookupConditionKey(key, data);
    if (entry !== undefined) byKey.set(lower, { entry, actions: [action.fullName] });
  };
  for (const action of actions) {
    const details = data.details(action.service);
    const shard = details?.action(action.name);
    if (details === undefined || shard === undefined) continue;
    for (const key of shard.conditionKeys) add(key, action);
    for (const type of shard.resourceTypes) {
      for (const key of type.conditionKeys) add(key, action);
      const serviceType = details.resourceTypes.find((candidate) => candidate.name === type.name);
      for (const key of serviceType?.conditionKeys ?? []) add(key, action);
    }
  }
  return [...byKey.values()].map(({ entry, actions: names }) => ({ ...entry, actions: names }));
}
