/**
 * Which statements of a layer apply to each catalog action. The analysis classifies every
 * action against every layer, so each action must see only the statements whose
 * Action/NotAction matches it: testing every statement against every action of its service
 * made 40,000 statements naming one action each cost 33 million tests for EC2 alone.
 */

import type { CatalogIndex } from './catalogIndex';
import type { PreparedStatement } from './prepare';

/** The statements of a layer, routed to the actions they apply to. */
export interface StatementRouter {
  /** Statements whose Action/NotAction matches the action, in policy order. */
  forAction(catalog: CatalogIndex, action: number): readonly PreparedStatement[];
}

/**
 * The statements of a layer that apply to each action of one service: one list when every
 * action sees the same, else per position in the service. (Plain data and a class, not
 * closures: the analysis routes every service of every layer on each keystroke.)
 */
type ServiceRoute = readonly PreparedStatement[] | ServiceStatements;

const NO_STATEMENTS: readonly PreparedStatement[] = [];

/** Routes `statements` (in policy order; ids ascending). */
export function routeStatements(statements: readonly PreparedStatement[]): StatementRouter {
  const byService = new Map<string, PreparedStatement[]>();
  // Statements that may apply to any service: `*`, and NotAction.
  const anywhere: PreparedStatement[] = [];
  // Statements whose patterns have a wildcard prefix (`*:Get*`): routed by the services they touch.
  const wildPrefix: PreparedStatement[] = [];
  // Services some `anywhere` statement names, when each applies to every action of the
  // services it does not name (`*`, or NotAction with literal prefixes); else null.
  let named: Set<string> | null = new Set();
  for (const statement of statements) {
    const { actions, source } = statement;
    if (!source.notAction && actions.services !== null) {
      // Appended in place: copying the list for each statement made this quadratic.
      for (const service of actions.services) {
        const list = byService.get(service);
        if (list === undefined) byService.set(service, [statement]);
        else list.push(statement);
      }
    } else if (!source.notAction && !actions.all) wildPrefix.push(statement);
    else {
      anywhere.push(statement);
      if (!source.notAction) continue;
      if (actions.all || actions.services === null) named = null;
      else for (const service of actions.services) named?.add(service);
    }
  }

  // By service id: the one list all its actions see, or else the per-position route.
  let sharedById: (readonly PreparedStatement[] | undefined)[] = [];
  let routeById: (ServiceStatements | undefined)[] = [];
  let wildById = new Map<number, PreparedStatement[]>();
  let byIdCatalog: CatalogIndex | null = null;

  return {
    forAction(catalog, action) {
      if (byIdCatalog !== catalog) {
        byIdCatalog = catalog;
        sharedById = new Array<readonly PreparedStatement[] | undefined>(catalog.serviceCount);
        routeById = new Array<ServiceStatements | undefined>(catalog.serviceCount);
        wildById = new Map();
        for (const statement of wildPrefix) {
          for (const id of statement.actions.servicesTouched(catalog)) {
            const list = wildById.get(id);
            if (list === undefined) wildById.set(id, [statement]);
            else list.push(statement);
          }
        }
      }
      const id = catalog.serviceId[action] as number;
      const shared = sharedById[id];
      if (shared !== undefined) return shared;
      let route = routeById[id];
      if (route === undefined) {
        const name = catalog.serviceLower[action] as string;
        const wild = wildById.get(id) ?? NO_STATEMENTS;
        const own = byService.get(name) ?? NO_STATEMENTS;
        // Nothing names the service: the `anywhere` statements all apply, as one shared list.
        const routed =
          own.length === 0 && wild.length === 0 && named !== null && !named.has(name)
            ? anywhere
            : routeService(catalog, id, mergeById(mergeById(anywhere, wild), own));
        if (!(routed instanceof ServiceStatements)) {
          sharedById[id] = routed;
          return routed;
        }
        route = routed;
        routeById[id] = route;
      }
      return route.at(catalog.positionInService[action] as number);
    },
  };
}

/**
 * Sorts a service's candidate statements by how they apply: to every action of the service,
 * to a few (listed per action), or to all but a few (NotAction; checked per action).
 */
function routeService(
  catalog: CatalogIndex,
  serviceId: number,
  candidates: readonly PreparedStatement[],
): ServiceRoute {
  const members = catalog.serviceMembers[serviceId] as Int32Array;
  const size = members.length;
  const serviceName = size === 0 ? '' : (catalog.serviceLower[members[0] as number] as string);
  const every: PreparedStatement[] = [];
  const few: (PreparedStatement[] | undefined)[] = new Array(size);
  const allBut: PreparedStatement[] = [];
  for (const statement of candidates) {
    const { actions, source } = statement;
    if (actions.all) {
      if (!source.notAction) every.push(statement);
      continue;
    }
    // A NotAction naming other services only leaves out nothing here: no need to look.
    if (source.notAction && actions.services !== null && !actions.services.has(serviceName)) {
      every.push(statement);
      continue;
    }
    const listed = actions.listed(catalog, serviceId);
    if (listed.length === (source.notAction ? 0 : size)) every.push(statement);
    else if (source.notAction) {
      if (listed.length < size) allBut.push(statement);
    } else {
      for (const position of listed) {
        const list = few[position];
        if (list === undefined) few[position] = [statement];
        else list.push(statement);
      }
    }
  }
  // Every statement applies to every action: hand out the candidates themselves, so that
  // memos keyed by a list's identity serve the whole service at once.
  if (every.length === candidates.length) return candidates;
  shareEqualLists(few);
  return new ServiceStatements(catalog, serviceId, every, few, allBut);
}

/** A service whose actions do not all see the same statements. */
class ServiceStatements {
  /** How many NotAction statements leave out each position. */
  private readonly excluded: Int32Array;
  /** `every` with the NotAction statements, for positions none of them leaves out. */
  private readonly base: readonly PreparedStatement[];
  /** The list of each `few` list merged into `base`, shared by the positions that have it. */
  private readonly shared = new Map<readonly PreparedStatement[], readonly PreparedStatement[]>();
  // The analysis asks for one action's list a few times in a row (classify, then scope).
  private lastPosition = -1;
  private last: readonly PreparedStatement[] = NO_STATEMENTS;

  constructor(
    private readonly catalog: CatalogIndex,
    private readonly serviceId: number,
    private readonly every: readonly PreparedStatement[],
    private readonly few: readonly (readonly PreparedStatement[] | undefined)[],
    private readonly allBut: readonly PreparedStatement[],
  ) {
    this.excluded = new Int32Array(few.length);
    for (const statement of allBut) {
      for (const position of statement.actions.listed(catalog, serviceId)) {
        this.excluded[position] = (this.excluded[position] as number) + 1;
      }
    }
    this.base = mergeById(every, allBut);
  }

  /** The statements that match the action at this position in the service, in policy order. */
  at(position: number): readonly PreparedStatement[] {
    if (position === this.lastPosition) return this.last;
    const own = this.few[position] ?? NO_STATEMENTS;
    this.lastPosition = position;
    if (this.excluded[position] === 0) {
      let list = this.shared.get(own);
      if (list === undefined) {
        list = mergeById(this.base, own);
        this.shared.set(own, list);
      }
      this.last = list;
    } else {
      const { catalog, serviceId } = this;
      const kept = this.allBut.filter((s) => s.actions.flags(catalog, serviceId)[position] !== 1);
      this.last = mergeById(mergeById(this.every, own), kept);
    }
    return this.last;
  }
}

/**
 * Makes positions whose lists hold the same statements share one array, so that memos keyed
 * by a list's identity serve them all (every `Get*` action of a service, say).
 */
function shareEqualLists(lists: (PreparedStatement[] | undefined)[]): void {
  const buckets = new Map<string, PreparedStatement[][]>();
  lists.forEach((list, position) => {
    if (list === undefined) return;
    let hash = 0;
    for (const statement of list) hash = (Math.imul(hash, 31) + statement.id) | 0;
    const key = `${list.length}:${hash}`;
    const bucket = buckets.get(key);
    const same = bucket?.find((other) => other.every((statement, i) => statement === list[i]));
    if (same !== undefined) lists[position] = same;
    else if (bucket !== undefined) bucket.push(list);
    else buckets.set(key, [list]);
  });
}

/** Two lists sorted by statement id, merged (one of them itself when the other is empty). */
function mergeById(
  a: readonly PreparedStatement[],
  b: readonly PreparedStatement[],
): readonly PreparedStatement[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: PreparedStatement[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as PreparedStatement;
    const right = b[j] as PreparedStatement;
    if (left.id < right.id) {
      merged.push(left);
      i++;
    } else {
      merged.push(right);
      j++;
    }
  }
  while (i < a.length) merged.push(a[i++] as PreparedStatement);
  while (j < b.length) merged.push(b[j++] as PreparedStatement);
  return merged;
}
