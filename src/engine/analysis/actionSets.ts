/**
 * Which catalog actions an Action/NotAction element lists, answered per service and remembered:
 * the analysis needs, for every action, the statements that apply to it, so each element is
 * resolved against a service once (per catalog) rather than tested against every action: literal
 * names by a name lookup, wildcard patterns by one run of the linear glob matcher per action of
 * the service (of every service for a pattern whose prefix has a wildcard).
 */

import { BoundedCache } from '../match/cache';
import { globMatcher, hasWildcard, type TextMatcher } from '../match/wildcard';
import type { CatalogIndex } from './catalogIndex';

/** A wildcard pattern, with its literal beginning and its longest run of literal text. */
interface ActionGlob {
  readonly prefix: string;
  /** Text every matching name contains: a native substring search rules most names out. */
  readonly core: string;
  readonly matches: TextMatcher;
}

/** The patterns of one service: literal lower-cased names, and globs. */
interface ServicePatterns {
  readonly names: string[];
  readonly globs: ActionGlob[];
}

function actionGlob(lower: string): ActionGlob {
  const runs = lower.split(/[*?]/);
  const core = runs.reduce((longest, run) => (run.length > longest.length ? run : longest), '');
  return { prefix: runs[0] as string, core, matches: globMatcher(lower, false) };
}

/** The actions an Action/NotAction element lists (NotAction is applied by the caller). */
export interface ActionSet {
  /** A pattern is `*`: every action is listed. */
  readonly all: boolean;
  /** Lower-cased service prefixes the element can list actions of; null when any (a wildcard prefix). */
  readonly services: ReadonlySet<string> | null;
  /**
   * Positions (ascending, in {@link CatalogIndex.serviceMembers}) of the listed actions of a
   * service; computed once per service and catalog.
   */
  listed(catalog: CatalogIndex, serviceId: number): Int32Array;
  /** Flags by position in the service: 1 where {@link listed}. */
  flags(catalog: CatalogIndex, serviceId: number): Uint8Array;
  /** Ids of the services where {@link listed} may be non-empty. */
  servicesTouched(catalog: CatalogIndex): readonly number[];
}

const cache = new BoundedCache<ActionSet>(2_000);

/** Cached across analyses: a policy edit recompiles the scenario, but most statements are unchanged. */
export function actionSet(patterns: readonly string[]): ActionSet {
  return cache.get(patterns.join('\u0000'), () => buildActionSet(patterns));
}

const NONE = new Int32Array(0);
const NO_POSITIONS: readonly number[] = [];

/** A per-catalog, per-service memo (a map, not an array by id: most elements touch one or two services). */
function perService<T>(make: (catalog: CatalogIndex, serviceId: number) => T) {
  const memo = new WeakMap<CatalogIndex, Map<number, T>>();
  return (catalog: CatalogIndex, serviceId: number): T => {
    let byId = memo.get(catalog);
    if (byId === undefined) {
      byId = new Map();
      memo.set(catalog, byId);
    }
    let value = byId.get(serviceId);
    if (value === undefined) {
      value = make(catalog, serviceId);
      byId.set(serviceId, value);
    }
    return value;
  };
}

function buildActionSet(patterns: readonly string[]): ActionSet {
  const byService = new Map<string, ServicePatterns>();
  const anyService: ActionGlob[] = [];
  let literalServices = true;
  for (const pattern of patterns) {
    // Patterns and names are compared lower-cased: IAM matches actions case-insensitively.
    const lower = pattern.toLowerCase();
    const colon = lower.indexOf(':');
    const service = colon < 0 ? lower : lower.slice(0, colon);
    if (colon < 0 || hasWildcard(service)) {
      anyService.push(actionGlob(lower));
      literalServices = false;
      continue;
    }
    let own = byService.get(service);
    if (own === undefined) {
      own = { names: [], globs: [] };
      byService.set(service, own);
    }
    if (hasWildcard(lower)) own.globs.push(actionGlob(lower));
    else own.names.push(lower);
  }
  // Patterns with a wildcard prefix are matched against the whole catalog once, by service.
  const anywhere = new WeakMap<CatalogIndex, Map<number, number[]>>();
  const anywhereIn = (catalog: CatalogIndex): Map<number, number[]> => {
    let byId = anywhere.get(catalog);
    if (byId === undefined) {
      byId = matchCatalog(catalog, anyService);
      anywhere.set(catalog, byId);
    }
    return byId;
  };
  const matchedAnywhere = (catalog: CatalogIndex, serviceId: number): readonly number[] =>
    anywhereIn(catalog).get(serviceId) ?? NO_POSITIONS;
  const ownPatterns = (catalog: CatalogIndex, serviceId: number) =>
    byService.get(catalog.serviceLower[firstOf(catalog, serviceId)] as string);
  const listedMemo = perService((catalog, serviceId) =>
    listedIn(catalog, serviceId, ownPatterns(catalog, serviceId), matchedAnywhere(catalog, serviceId)),
  );
  // Most services are named by no pattern: answer those without building anything.
  const listed = (catalog: CatalogIndex, serviceId: number): Int32Array =>
    ownPatterns(catalog, serviceId) === undefined && matchedAnywhere(catalog, serviceId).length === 0
      ? NONE
      : listedMemo(catalog, serviceId);
  const flags = perService((catalog, serviceId) => {
    const result = new Uint8Array((catalog.serviceMembers[serviceId] as Int32Array).length);
    for (const position of listed(catalog, serviceId)) result[position] = 1;
    return result;
  });
  return {
    all: patterns.includes('*'),
    services: literalServices ? new Set(byService.keys()) : null,
    listed,
    flags,
    servicesTouched(catalog) {
      const ids = new Set<number>();
      for (const service of byService.keys()) ids.add(catalog.serviceNamed(service));
      ids.delete(-1);
      for (const id of anywhereIn(catalog).keys()) ids.add(id);
      return [...ids];
    },
  };
}

/** Positions, by service id, of the actions a pattern with a wildcard prefix matches. */
function matchCatalog(catalog: CatalogIndex, globs: readonly ActionGlob[]): Map<number, number[]> {
  const byService = new Map<number, number[]>();
  for (const glob of globs) {
    const candidates = catalog.actionsContaining(glob.core);
    const count = candidates === null ? catalog.fullLower.length : candidates.length;
    for (let c = 0; c < count; c++) {
      const action = candidates === null ? c : (candidates[c] as number);
      const name = catalog.fullLower[action] as string;
      if (!name.startsWith(glob.prefix) || !name.includes(glob.core) || !glob.matches(name)) continue;
      const serviceId = catalog.serviceId[action] as number;
      const positions = byService.get(serviceId);
      const position = catalog.positionInService[action] as number;
      if (positions === undefined) byService.set(serviceId, [position]);
      else positions.push(position);
    }
  }
  return byService;
}

/** The first action of a service (or -1 for none), whose lower-cased prefix names it. */
function firstOf(catalog: CatalogIndex, serviceId: number): number {
  return (catalog.serviceMembers[serviceId] as Int32Array)[0] ?? -1;
}

/**
 * Positions of the listed actions of one service: its literal names, its globs (each tried
 * on the names that start with its literal beginning), and what wildcard-prefix patterns
 * matched in it.
 */
function listedIn(
  catalog: CatalogIndex,
  serviceId: number,
  own: ServicePatterns | undefined,
  anywhere: readonly number[],
): Int32Array {
  const members = catalog.serviceMembers[serviceId] as Int32Array;
  const positions = new Set<number>(anywhere);
  for (const name of own?.names ?? []) {
    for (const action of catalog.actionsNamed(name)) {
      if (catalog.serviceId[action] === serviceId) positions.add(catalog.positionInService[action] as number);
    }
  }
  const byName = catalog.serviceByName[serviceId] as Int32Array;
  const nameAt = (i: number) => catalog.fullLower[members[byName[i] as number] as number] as string;
  for (const glob of own?.globs ?? []) {
    // Only names that start with the pattern's literal beginning can match: a sorted range.
    for (let i = firstAtLeast(byName.length, nameAt, glob.prefix); i < byName.length; i++) {
      const name = nameAt(i);
      if (!name.startsWith(glob.prefix)) break;
      const position = byName[i] as number;
      if (!positions.has(position) && name.includes(glob.core) && glob.matches(name)) positions.add(position);
    }
  }
  return Int32Array.from(positions).sort();
}

/** The first index in `[0, length)` whose name is ≥ `prefix` (names ascending). */
function firstAtLeast(length: number, nameAt: (i: number) => string, prefix: string): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (nameAt(middle) < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}
