/**
 * The layers a request needs (spec §3.9, same account, no resource policy) and their
 * statements, prepared for testing ~22,000 actions: action patterns grouped by literal service
 * prefix into one regular expression each, and resource coverage memoised per template list.
 */

import type { CompiledStatement } from '../evaluate/compileStatement';
import { rcpExemptsAction, rcpGovernsService } from '../evaluate/applicability';
import { BoundedCache } from '../match/cache';
import type { CompiledPolicy, CompiledScenario } from '../scenario/compile';
import type { ConditionClause } from '../types';
import { intersect, patternGlob, subset } from './arnGlobs';
import type { CatalogIndex } from './catalogIndex';
import type { Glob } from './glob';
import type { AnalysisLayer, StatementRef } from './types';

/** How far a statement reaches into an action: not at all, partly, or entirely. */
export const REACH = { none: 0, some: 1, all: 2 } as const;
/** One {@link REACH} value. */
export type Reach = (typeof REACH)[keyof typeof REACH];

/** A statement ready for the analysis. */
export interface PreparedStatement {
  /** Dense id within one analysis (for memo keys). */
  readonly id: number;
  readonly ref: StatementRef;
  readonly source: CompiledStatement;
  readonly allow: boolean;
  readonly variablesEnabled: boolean;
  readonly conditions: readonly ConditionClause[];
  /** Whether the statement's Action/NotAction matches the action (by catalog index). */
  matchesAction(catalog: CatalogIndex, action: number): boolean;
  /** How much of the action's resources the Resource/NotResource element reaches. */
  resourceReach(catalog: CatalogIndex, action: number): Reach;
  /** The Resource/NotResource entries as globs (empty without the element). */
  readonly resourceGlobs: readonly Glob[];
  readonly notResource: boolean;
}

/** Most combinations of NotResource entries examined before giving up (answering "not whole"). */
const COMBINATION_LIMIT = 64;

/**
 * Whether statements that each reach only part of an action's resources reach all of them
 * together: for every template T, what the NotResource statements all leave out
 * (T ∩ N₁ ∩ … ∩ Nₖ, one entry of each at a time) must lie inside one Resource entry.
 */
export function jointlyWhole(statements: readonly PreparedStatement[], templates: readonly Glob[]): boolean {
  if (templates.length === 0) return false;
  const positives = statements.filter((s) => !s.notResource).flatMap((s) => s.resourceGlobs);
  let combos: Glob[][] = [[]];
  for (const statement of statements) {
    if (!statement.notResource) continue;
    combos = combos.flatMap((combo) => statement.resourceGlobs.map((glob) => [...combo, glob]));
    if (combos.length > COMBINATION_LIMIT) return false;
  }
  return templates.every((template) =>
    combos.every((combo) => {
      const left = [template, ...combo];
      return !intersect(left) || positives.some((glob) => subset(left, glob));
    }),
  );
}

/** A layer with its statements, and the statements that can apply to each service. */
export interface PreparedLayer {
  readonly info: AnalysisLayer;
  readonly statements: readonly PreparedStatement[];
  /** Statements whose action patterns can match an action of `service` (lower-case). */
  forService(service: string): readonly PreparedStatement[];
  /** {@link forService} of the action's service, cached by service id. */
  forAction(catalog: CatalogIndex, action: number): readonly PreparedStatement[];
}

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

function actionSource(pattern: string): string {
  let source = '';
  for (const char of pattern.toLowerCase()) {
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(REGEXP_SPECIAL, '\\$&');
  }
  return source;
}

/** Action patterns split into those with a literal service prefix (by service) and the rest. */
interface ActionIndex {
  /** A pattern is `*`: every action is listed. */
  readonly all: boolean;
  readonly byService: ReadonlyMap<string, RegExp>;
  readonly anyService: RegExp | null;
}

const actionIndexCache = new BoundedCache<ActionIndex>(2_000);

/** Cached across analyses: a policy edit recompiles the scenario, but most statements are unchanged. */
function indexActions(patterns: readonly string[]): ActionIndex {
  return actionIndexCache.get(patterns.join('\u0000'), () => buildActionIndex(patterns));
}

function buildActionIndex(patterns: readonly string[]): ActionIndex {
  const byService = new Map<string, string[]>();
  const anyService: string[] = [];
  for (const pattern of patterns) {
    const colon = pattern.indexOf(':');
    const service = colon < 0 ? pattern : pattern.slice(0, colon);
    if (colon < 0 || service.includes('*') || service.includes('?')) anyService.push(actionSource(pattern));
    else {
      const key = service.toLowerCase();
      const list = byService.get(key) ?? [];
      list.push(actionSource(pattern));
      byService.set(key, list);
    }
  }
  const compile = (sources: readonly string[]) => new RegExp(`^(?:${sources.join('|')})$`, 's');
  return {
    all: patterns.includes('*'),
    byService: new Map([...byService].map(([service, sources]) => [service, compile(sources)])),
    anyService: anyService.length === 0 ? null : compile(anyService),
  };
}

const STAR = patternGlob('*', false);

/**
 * Reach by template-list id, shared by statements with the same Resource element. Template-list
 * ids are per catalog index, so the map is keyed per catalog too (a WeakMap on the index).
 */
const reachCaches = new WeakMap<CatalogIndex, BoundedCache<Map<number, Coverage>>>();

/** Reach over a template list. */
interface Coverage {
  readonly reach: Reach;
}

const NO_COVERAGE: Coverage = { reach: REACH.none };
const FULL_COVERAGE: Coverage = { reach: REACH.all };
const SOME_COVERAGE: Coverage = { reach: REACH.some };

function prepareStatement(
  statement: CompiledStatement,
  id: number,
  ref: StatementRef,
  variablesEnabled: boolean,
  partition: string,
): PreparedStatement {
  const actions = indexActions(statement.actions);
  const resources = statement.resources;
  const globs: readonly Glob[] = (resources ?? []).map((p) =>
    p === '*' ? STAR : patternGlob(p, variablesEnabled),
  );
  const hasStar = resources?.includes('*') ?? false;
  // The `*` resource of a wildcard-only action is matched by the entry `*` only.
  const wildcardReach: Reach =
    resources === null ? REACH.all : statement.notResource === hasStar ? REACH.none : REACH.all;
  const reachKey = `${partition}\u0000${statement.notResource ? 'n' : 'r'}${variablesEnabled ? 'v' : 'p'}\u0000${resources?.join('\u0000') ?? '\u0001'}`;
  let reachBySet = new Map<number, Coverage>();
  let reachCatalog: CatalogIndex | null = null;

  const computeCoverage = (templates: readonly Glob[]): Coverage => {
    if (resources === null) return FULL_COVERAGE;
    if (resources.length === 0) return NO_COVERAGE;
    if (hasStar) return statement.notResource ? NO_COVERAGE : FULL_COVERAGE;
    // Documented choice: NotResource is judged per template like Resource: it reaches all of
    // an action when no entry touches any template, none when its entries cover every
    // template, and part of it otherwise (conservative: a union of entries that covers a
    // template without one entry covering it counts as partial).
    let whole = 0;
    let touched = false;
    for (const template of templates) {
      // Cheap test first: an entry that does not touch a template cannot cover it.
      const touches = globs.some((glob) => intersect([glob, template]));
      const covers = touches && globs.some((glob) => subset([template], glob));
      // Resource reaches a template entirely when an entry covers it; NotResource when no entry touches it.
      if (statement.notResource ? !touches : covers) whole++;
      touched ||= statement.notResource ? !covers : touches;
    }
    if (whole === templates.length) return FULL_COVERAGE;
    return touched ? SOME_COVERAGE : NO_COVERAGE;
  };

  const coverage = (catalog: CatalogIndex, setId: number): Coverage => {
    if (reachCatalog !== catalog) {
      reachCatalog = catalog;
      let cache = reachCaches.get(catalog);
      if (cache === undefined) {
        cache = new BoundedCache<Map<number, Coverage>>(5_000);
        reachCaches.set(catalog, cache);
      }
      reachBySet = cache.get(reachKey, () => new Map<number, Coverage>());
    }
    let found = reachBySet.get(setId);
    if (found === undefined) {
      found = computeCoverage(catalog.globs(setId, partition));
      reachBySet.set(setId, found);
    }
    return found;
  };

  return {
    id,
    ref,
    source: statement,
    allow: statement.allow,
    variablesEnabled,
    conditions: statement.conditions,
    matchesAction(catalog, action) {
      const patterns = statement.actions;
      if (patterns.length === 0) return false;
      if (actions.all) return !statement.notAction;
      const full = catalog.fullLower[action] as string;
      const own = actions.byService.get(catalog.serviceLower[action] as string);
      const listed = (own !== undefined && own.test(full)) || (actions.anyService?.test(full) ?? false);
      return listed !== statement.notAction;
    },
    resourceReach(catalog, action) {
      const setId = catalog.templateSet[action] as number;
      if (setId < 0) return resources !== null && resources.length === 0 ? REACH.none : wildcardReach;
      return coverage(catalog, setId).reach;
    },
    resourceGlobs: globs,
    notResource: statement.notResource,
  };
}

function prepareLayer(
  info: AnalysisLayer,
  policies: readonly CompiledPolicy[],
  nextId: () => number,
  partition: string,
): PreparedLayer {
  const statements: PreparedStatement[] = [];
  const global: PreparedStatement[] = [];
  const byService = new Map<string, PreparedStatement[]>();
  for (const policy of policies) {
    for (const statement of policy.statements) {
      // Invalid statements are inert; so are those whose Principal does not name the caller.
      if (!statement.valid || !statement.principal.matched || statement.actions.length === 0) continue;
      const ref: StatementRef = {
        layer: info.id,
        policy: policy.name,
        policyIndex: policy.policyIndex,
        statementIndex: statement.index,
        sid: statement.sid,
      };
      const prepared = prepareStatement(statement, nextId(), ref, policy.variablesEnabled, partition);
      statements.push(prepared);
      const services = literalServices(statement);
      if (services === null) global.push(prepared);
      else
        for (const service of services) byService.set(service, [...(byService.get(service) ?? []), prepared]);
    }
  }
  const cache = new Map<string, readonly PreparedStatement[]>();
  let byId: (readonly PreparedStatement[] | undefined)[] = [];
  let byIdCatalog: CatalogIndex | null = null;
  return {
    info,
    statements,
    forAction(catalog, action) {
      if (byIdCatalog !== catalog) {
        byIdCatalog = catalog;
        byId = new Array<readonly PreparedStatement[] | undefined>(catalog.serviceCount);
      }
      const id = catalog.serviceId[action] as number;
      let list = byId[id];
      if (list === undefined) {
        list = this.forService(catalog.serviceLower[action] as string);
        byId[id] = list;
      }
      return list;
    },
    forService(service) {
      let list = cache.get(service);
      if (list === undefined) {
        const own = byService.get(service) ?? [];
        // Keep policy order, so scopes list statements as the policies do.
        list =
          global.length === 0
            ? own
            : own.length === 0
              ? global
              : [...global, ...own].sort((a, b) => a.id - b.id);
        cache.set(service, list);
      }
      return list;
    },
  };
}

/** Services a statement can apply to, or null when it may apply to any (NotAction, wildcard prefix). */
function literalServices(statement: CompiledStatement): Set<string> | null {
  if (statement.notAction) return null;
  const services = new Set<string>();
  for (const pattern of statement.actions) {
    const colon = pattern.indexOf(':');
    const service = colon < 0 ? pattern : pattern.slice(0, colon);
    if (colon < 0 || service.includes('*') || service.includes('?')) return null;
    services.add(service.toLowerCase());
  }
  return services;
}

/**
 * An RCP level as the analysis sees it: its Deny statements govern only the services that
 * support RCPs (and never `kms:RetireGrant`); for every other action only RCPFullAWSAccess, the
 * level's first policy, is there.
 */
function rcpLevelLayer(
  info: AnalysisLayer,
  policies: readonly CompiledPolicy[],
  nextId: () => number,
  partition: string,
): PreparedLayer {
  const full = prepareLayer(info, policies, nextId, partition);
  const fullAccessOnly = prepareLayer(info, policies.slice(0, 1), nextId, partition);
  const governed = (catalog: CatalogIndex, action: number) =>
    rcpGovernsService(catalog.serviceLower[action] as string) &&
    !rcpExemptsAction(catalog.fullLower[action] as string);
  return {
    info,
    statements: full.statements,
    forAction: (catalog, action) =>
      governed(catalog, action) ? full.forAction(catalog, action) : fullAccessOnly.forAction(catalog, action),
    forService: (service) =>
      rcpGovernsService(service) ? full.forService(service) : fullAccessOnly.forService(service),
  };
}

/**
 * The layers a same-account request needs, in the documented order (rcp, scp, vpcEndpoint,
 * identity, boundary, session): every RCP level, every SCP level (neither when the caller is in
 * the organization's management account), the VPC endpoint policy when there is one, identity
 * (not for the root user), the boundary when there is one, and the session layer when it limits
 * the caller — a session policy, or a federated-user session without one (which then allows
 * nothing). A role session without a session policy is not limited, so it has no session layer.
 */
export function prepareLayers(compiled: CompiledScenario): PreparedLayer[] {
  // Documented choice: the analysis answers for same-account requests that no resource-based
  // policy touches, so the scenario's resource policy (and cross-account rules) play no part;
  // and for requests through the VPC endpoint when the scenario has an endpoint policy.
  let id = 0;
  const nextId = () => id++;
  const partition = compiled.caller.partition || 'aws';
  const layers: PreparedLayer[] = [];
  const inManagementAccount = compiled.managementAccount === compiled.caller.account;
  if (!inManagementAccount) {
    compiled.rcpLevels.forEach((level, index) => {
      const info: AnalysisLayer = {
        id: `rcp[${index}]`,
        layer: 'rcp',
        level: { index, target: level.target },
      };
      layers.push(rcpLevelLayer(info, level.policies, nextId, partition));
    });
    compiled.scpLevels.forEach((level, index) => {
      const info: AnalysisLayer = {
        id: `scp[${index}]`,
        layer: 'scp',
        level: { index, target: level.target },
      };
      layers.push(prepareLayer(info, level.policies, nextId, partition));
    });
  }
  if (compiled.vpcEndpoint !== null) {
    const info: AnalysisLayer = { id: 'vpcEndpoint', layer: 'vpcEndpoint' };
    layers.push(prepareLayer(info, [compiled.vpcEndpoint], nextId, partition));
  }
  if (compiled.caller.kind !== 'root') {
    layers.push(prepareLayer({ id: 'identity', layer: 'identity' }, compiled.identity, nextId, partition));
  }
  if (compiled.boundary !== null) {
    layers.push(prepareLayer({ id: 'boundary', layer: 'boundary' }, [compiled.boundary], nextId, partition));
  }
  if (compiled.session !== null) {
    layers.push(prepareLayer({ id: 'session', layer: 'session' }, [compiled.session], nextId, partition));
  } else if (compiled.caller.kind === 'federated-user') {
    layers.push(prepareLayer({ id: 'session', layer: 'session' }, [], nextId, partition));
  }
  return layers;
}
