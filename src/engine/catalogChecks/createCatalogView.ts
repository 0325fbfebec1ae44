/**
 * Adapter from the real catalog (`src/catalog`) to {@link CatalogView}. The engine must not import
 * the catalog, so the shapes it reads are declared here structurally: the catalog's `Catalog`,
 * `ServiceDetails` and `GlobalConditionKeys` satisfy them as they are.
 */
import type { CatalogView } from './view';

/** An action as the catalog hands it out. */
export interface CatalogActionLike {
  readonly fullName: string;
}

/** The parts of the catalog's `Catalog` the view reads. */
export interface CatalogLike {
  readonly services: readonly { readonly prefix: string }[];
  hasService(prefix: string): boolean;
  findAction(fullName: string): CatalogActionLike | undefined;
  actionsMatching(pattern: string): readonly CatalogActionLike[];
  suggestAction(name: string): CatalogActionLike | undefined;
}

/** A resource type with its condition keys. */
export interface ResourceTypeKeysLike {
  readonly name: string;
  readonly conditionKeys: readonly string[];
}

/** An action's condition keys and resource types, from its service's details. */
export interface ActionKeysLike {
  readonly conditionKeys: readonly string[];
  readonly resourceTypes: readonly ResourceTypeKeysLike[];
}

/** The parts of the catalog's `ServiceDetails` the view reads. */
export interface ServiceDetailsLike {
  readonly prefix: string;
  readonly actions: readonly ActionKeysLike[];
  action(name: string): ActionKeysLike | undefined;
  readonly resourceTypes: readonly ResourceTypeKeysLike[];
  /** The service's condition-key table. */
  readonly conditionKeys: { readonly all: readonly { readonly key: string }[] };
}

/** The parts of the catalog's `GlobalConditionKeys` table the view reads. */
export interface ConditionKeyTableLike {
  find(key: string): unknown;
}

// The editor re-checks on every keystroke; bound the memo tables so a long session cannot grow them.
const CACHE_LIMIT = 1024;

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * Keys in the service's condition-key table that no action or resource type lists. Documented
 * choice: the data does not say which actions support them (`iottwinmaker:linkedServices`,
 * `aws-marketplace:ProductId`, the `dynamodb:…PartitionKeyValues` keys; about 100 keys in all),
 * so they count as supported by every action of the service rather than by none.
 */
function orphanKeys(service: ServiceDetailsLike): readonly string[] {
  const listed = new Set<string>();
  const add = (keys: readonly string[]): void => {
    for (const key of keys) listed.add(key.toLowerCase());
  };
  for (const action of service.actions) {
    add(action.conditionKeys);
    for (const type of action.resourceTypes) add(type.conditionKeys);
  }
  for (const type of service.resourceTypes) add(type.conditionKeys);
  return service.conditionKeys.all.map((entry) => entry.key).filter((key) => !listed.has(key.toLowerCase()));
}

/**
 * Builds a synchronous view over the catalog and the pieces of it already loaded: the details of
 * some services (see `servicesToLoad`) and the global condition keys (undefined if not loaded).
 * Condition-key checks are skipped for whatever is missing.
 */
export function createCatalogView(
  catalog: CatalogLike,
  loadedDetails: Iterable<ServiceDetailsLike>,
  globalKeys: ConditionKeyTableLike | undefined,
): CatalogView {
  const details = new Map<string, ServiceDetailsLike>();
  for (const service of loadedDetails) details.set(service.prefix.toLowerCase(), service);
  const servicePrefixes = catalog.services.map((service) => service.prefix.toLowerCase());
  const matches = new Map<string, readonly string[]>();
  const suggestions = new Map<string, string | undefined>();
  const conditionKeys = new Map<string, readonly string[] | undefined>();
  const orphans = new Map<ServiceDetailsLike, readonly string[]>();

  const keysOf = (fullName: string): readonly string[] | undefined => {
    const colon = fullName.indexOf(':');
    const service = details.get(fullName.slice(0, colon).toLowerCase());
    const action = colon < 0 ? undefined : service?.action(fullName.slice(colon + 1));
    if (service === undefined || action === undefined) return undefined;
    const keys = [...action.conditionKeys];
    let serviceOrphans = orphans.get(service);
    if (serviceOrphans === undefined) {
      serviceOrphans = orphanKeys(service);
      orphans.set(service, serviceOrphans);
    }
    keys.push(...serviceOrphans);
    for (const type of action.resourceTypes) {
      keys.push(...type.conditionKeys);
      // Documented choice: the keys of the service's resource-type table count for every action
      // that accepts the type (as the Service Authorization Reference's resource table implies),
      // which errs towards fewer warnings.
      const serviceType = service.resourceTypes.find((candidate) => candidate.name === type.name);
      if (serviceType !== undefined) keys.push(...serviceType.conditionKeys);
    }
    return keys;
  };

  return {
    servicePrefixes,
    hasService: (prefix) => catalog.hasService(prefix),
    hasAction: (fullName) => catalog.findAction(fullName) !== undefined,
    actionsMatching: (pattern) =>
      remember(matches, pattern.toLowerCase(), () =>
        catalog.actionsMatching(pattern).map((action) => action.fullName),
      ),
    suggest: (fullName) =>
      remember(suggestions, fullName.toLowerCase(), () => catalog.suggestAction(fullName)?.fullName),
    actionConditionKeys: (fullName) =>
      remember(conditionKeys, fullName.toLowerCase(), () => keysOf(fullName)),
    isGlobalConditionKey: (key) =>
      globalKeys === undefined ? undefined : globalKeys.find(key) !== undefined,
  };
}
