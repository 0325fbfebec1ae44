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
  /** The id of the service with this lower-cased prefix, or -1. */
  serviceNamed(prefix: string): number;
  /** The actions of each service (by service id), in catalog order. */
  readonly serviceMembers: readonly Int32Array[];
  /** Positions in {@link serviceMembers}, per service, ordered by lower-cased name (code units). */
  readonly serviceByName: readonly Int32Array[];
  /** Position of each action within its service's {@link serviceMembers}. */
  readonly positionInService: Int32Array;
  /** The actions whose lower-cased `service:name` this is (one in a real catalog). */
  actionsNamed(fullLower: string): readonly number[];
  /**
   * Actions among which are all whose lower-cased name contains `text` (those sharing its
   * rarest three-character run), or null when `text` is too short to narrow the search.
   */
  actionsContaining(text: string): readonly number[] | null;
  /** Id of the action's template list, or -1 for a wildcard-only action. */
  readonly templateSet: Int32Array;
  /** Template lists by id. */
  readonly templateSets: readonly (readonly string[])[];
  /** Indexes of the actions always allowed for some caller (see {@link alwaysAllowedFor}). */
  readonly alwaysAllowedCandidates: readonly number[];
  /** Template globs of a template list for a partition (cached). */
  globs(setId: number, partition: string): readonly Glob[];
}

const NO_ACTIONS: readonly number[] = [];
const TRIGRAM = 3;

/**
 * The actions whose names contain each three-character run. Built only when a pattern with a
 * wildcard service prefix must be matched against the whole catalog.
 */
function trigramIndex(names: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  names.forEach((name, action) => {
    for (let i = 0; i + TRIGRAM <= name.length; i++) {
      const key = name.slice(i, i + TRIGRAM);
      const list = index.get(key);
      if (list === undefined) index.set(key, [action]);
      else if (list[list.length - 1] !== action) list.push(action);
    }
  });
  return index;
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
  const members: number[][] = Array.from({ length: serviceIds.size }, () => []);
  const positionInService = new Int32Array(actions.length);
  for (let i = 0; i < actions.length; i++) {
    const list = members[serviceId[i] as number] as number[];
    positionInService[i] = list.length;
    list.push(i);
  }
  let byName: Map<string, number[]> | undefined;
  let byTrigram: Map<string, number[]> | undefined;
  const globCache = new Map<string, readonly Glob[]>();
  return {
    fullLower,
    serviceLower,
    serviceId,
    serviceCount: serviceIds.size,
    serviceNamed: (prefix) => serviceIds.get(prefix) ?? -1,
    serviceMembers: members.map((list) => Int32Array.from(list)),
    serviceByName: members.map((list) => {
      const positions = list.map((_, p) => p);
      const name = (p: number) => fullLower[list[p] as number] as string;
      return Int32Array.from(
        positions.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a - b)),
      );
    }),
    positionInService,
    actionsNamed(name) {
      if (byName === undefined) {
        byName = new Map();
        for (let i = 0; i < fullLower.length; i++) {
          const same = byName.get(fullLower[i] as string);
          if (same === undefined) byName.set(fullLower[i] as string, [i]);
          else same.push(i);
        }
      }
      return byName.get(name) ?? NO_ACTIONS;
    },
    actionsContaining(text) {
      if (text.length < TRIGRAM) return null;
      byTrigram ??= trigramIndex(fullLower);
      let rarest: readonly number[] | undefined;
      for (let i = 0; i + TRIGRAM <= text.length; i++) {
        const list = byTrigram.get(text.slice(i, i + TRIGRAM)) ?? NO_ACTIONS;
        if (rarest === undefined || list.length < rarest.length) rarest = list;
      }
      return rarest ?? NO_ACTIONS;
    },
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
