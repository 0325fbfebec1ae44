/**
 * Per-catalog preparation shared by every analysis of the same action list: lower-cased
 * names, service keys, and the distinct resource-template lists (many actions share one, so
 * statement coverage is memoised per list, not per action).
 */

import { isAlwaysAllowed, isAlwaysAllowedForSomeCaller } from '../evaluate/alwaysAllowed';
import type { Caller } from '../types';
import { templateGlob } from './arnGlobs';
import type { Glob } from './glob';
import type { CatalogAction } from './types';

/** The action list, indexed for the analysis. */
export interface CatalogIndex {
  /** `service:name` lower-cased, per action. */
  readonly fullLower: readonly string[];
  /** Service prefix lower-cased, per action. */
  readonly serviceLower: readonly string[];
  /** Dense id of the action's service (for array-indexed caches). */
  readonly serviceId: Int32Array;
  /** Number of distinct services. */
  readonly serviceCount: number;
  /** Id of the action's template list, or -1 for a wildcard-only action. */
  readonly templateSet: Int32Array;
  /** Template lists by id. */
  readonly templateSets: readonly (readonly string[])[];
  /** Indexes of the actions always allowed for some caller (see {@link alwaysAllowedFor}). */
  readonly alwaysAllowedCandidates: readonly number[];
  /** Template globs of a template list for a partition (cached). */
  globs(setId: number, partition: string): readonly Glob[];
}

const indexes = new WeakMap<readonly CatalogAction[], CatalogIndex>();

/** The index of `actions`, built once per array. */
export function catalogIndex(actions: readonly CatalogAction[]): CatalogIndex {
  let index = indexes.get(actions);
  if (index === undefined) {
    index = buildIndex(actions);
    indexes.set(actions, index);
  }
  return index;
}

/**
 * Indexes of the catalog actions AWS allows whatever the policies say for a caller of kind
 * `callerKind`: `sts:GetCallerIdentity` always, `sts:GetSessionToken` for users and root.
 */
export function alwaysAllowedFor(catalog: CatalogIndex, callerKind: Caller['kind']): ReadonlySet<number> {
  return new Set(
    catalog.alwaysAllowedCandidates.filter((i) =>
      isAlwaysAllowed(catalog.fullLower[i] as string, callerKind),
    ),
  );
}

function buildIndex(actions: readonly CatalogAction[]): CatalogIndex {
  const fullLower: string[] = [];
  const serviceLower: string[] = [];
  const templateSet = new Int32Array(actions.length);
  const serviceId = new Int32Array(actions.length);
  const serviceIds = new Map<string, number>();
  const setIds = new Map<string, number>();
  const templateSets: (readonly string[])[] = [];
  const alwaysAllowedCandidates: number[] = [];
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i] as CatalogAction;
    const lower = action.fullName.toLowerCase();
    fullLower.push(lower);
    const service = action.service.toLowerCase();
    serviceLower.push(service);
    let sid = serviceIds.get(service);
    if (sid === undefined) {
      sid = serviceIds.size;
      serviceIds.set(service, sid);
    }
    serviceId[i] = sid;
    if (isAlwaysAllowedForSomeCaller(lower)) alwaysAllowedCandidates.push(i);
    // Documented choice: an action without resource types is wildcard-only whatever its flag
    // says, since there is no template to build a resource from.
    if (action.wildcardOnly || action.resourceTypes.length === 0) {
      templateSet[i] = -1;
      continue;
    }
    const templates = [...new Set(action.resourceTypes.map((type) => type.arn))].sort();
    const key = templates.join('\n');
    let id = setIds.get(key);
    if (id === undefined) {
      id = templateSets.length;
      templateSets.push(templates);
      setIds.set(key, id);
    }
    templateSet[i] = id;
  }
  const globCache = new Map<string, readonly Glob[]>();
  return {
    fullLower,
    serviceLower,
    serviceId,
    serviceCount: serviceIds.size,
    templateSet,
    templateSets,
    alwaysAllowedCandidates,
    globs(setId, partition) {
      const key = `${partition}:${setId}`;
      let globs = globCache.get(key);
      if (globs === undefined) {
        globs = (templateSets[setId] ?? []).map((template) => templateGlob(template, partition));
        globCache.set(key, globs);
      }
      return globs;
    },
  };
}
