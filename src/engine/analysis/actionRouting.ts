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

/** The statements of a layer that apply to each action of one service. */
interface ServiceStatements {
  /** The statements that match the action at this position in the service, in policy order. */
  at(position: number): readonly PreparedStatement[];
}

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

  let byId: (ServiceStatements | undefined)[] = [];
  let wildById = new Map<number, PreparedStatement[]>();
  let byIdCatalog: CatalogIndex | null = null;

  return {
    forAction(catalog, action) {
      if (byIdCatalog !== catalog) {
        byIdCatalog = catalog;
        byId = new Array<ServiceStatements | undefined>(catalog.serviceCount);
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
      let service = byId[id];
      if (service === undefined) {
        const name = catalog.serviceLower[action] as string;
        const wild = wildById.get(id) ?? NO_STATEMENTS;
        const own = byService.get(name) ?? NO_STATEMENTS;
        // Nothing names the service: the `anywhere` statements all apply, as one shared list.
        service =
          own.length === 0 && wild.length === 0 && named !== null && !named.has(name)
            ? { at: () => anywhere }
            : serviceStatements(catalog, id, mergeById(mergeById(anywhere, wild), own));
        byId[id] = service;
      }
      return service.at(catalog.positionInService[action] as number);
    },
  };
}

/**
 * Sorts a service's candidate statements by how they apply: to every action of the service,
 * to a few (listed per action), or to all but a few (NotAction; checked per action).
 */
function serviceStatements(
  catalog: CatalogIndex,
  serviceId: number,
  candidates: readonly PreparedStatement[],
): ServiceStatements {
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
  if (every.length === candidates.length) return { at: () => candidates };
  shareEqualLists(few);
  // Actions no NotAction statement leaves out see all of them: one list per `few` list.
  const excluded = new Int32Array(size);
  for (const statement of allBut) {
    for (const position of statement.actions.listed(catalog, serviceId)) {
      excluded[position] = (excluded[position] as number) + 1;
    }
  }
  const base = mergeById(every, allBut);
  const shared = new Map<readonly PreparedStatement[], readonly PreparedStatement[]>();
  // The analysis asks for one action's list a few times in a row (classify, then scope).
  let lastPosition = -1;
  let last: readonly PreparedStatement[] = every;
  return {
    at(position) {
      if (position === lastPosition) return last;
      const own = few[position] ?? NO_STATEMENTS;
      lastPosition = position;
      if (excluded[position] === 0) {
        let list = shared.get(own);
        if (list === undefined) {
          list = mergeById(base, own);
          shared.set(own, list);
        }
        last = list;
      } else {
        const kept = allBut.filter((s) => s.actions.flags(catalog, serviceId)[position] !== 1);
        last = mergeById(mergeById(every, own), kept);
      }
      return last;
    },
  };
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
