/**
 * The layers a request needs (docs/iam-semantics.md §3.9, same account, no resource policy) and their
 * statements, prepared for testing ~22,000 actions: the actions each Action element lists
 * (`actionSets.ts`), the statements each action sees (`actionRouting.ts`), and resource
 * coverage memoised per template list and per template.
 */

import type { CompiledStatement } from '../evaluate/compileStatement';
import { rcpExemptsAction, rcpGovernsService } from '../evaluate/applicability';
import { BoundedCache } from '../match/cache';
import type { CompiledPolicy, CompiledScenario } from '../scenario/compile';
import type { ConditionClause } from '../types';
import { routeStatements, type StatementRouter } from './actionRouting';
import { actionSet, type ActionSet } from './actionSets';
import { intersect, patternGlob, subset } from './arnGlobs';
import type { CatalogIndex } from './catalogIndex';
import { globsIntersect, globsSubset, type Glob } from './glob';
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
  /** The actions its Action/NotAction element lists (NotAction: the ones it leaves out). */
  readonly actions: ActionSet;
  /**
   * Equal for statements that classify alike: same effect, both with or without Condition,
   * same Resource/NotResource element. A layer's class needs one statement of each key.
   */
  readonly classKey: string;
  /** How much of the action's resources the Resource/NotResource element reaches. */
  resourceReach(catalog: CatalogIndex, action: number): Reach;
  /** Whether one Resource entry covers every ARN of the template (as {@link subset} would say). */
  coversTemplate(template: Glob): boolean;
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
  const positive = statements.filter((s) => !s.notResource);
  const positives = positive.flatMap((s) => s.resourceGlobs);
  let combos: Glob[][] = [[]];
  for (const statement of statements) {
    if (!statement.notResource) continue;
    combos = combos.flatMap((combo) => statement.resourceGlobs.map((glob) => [...combo, glob]));
    if (combos.length > COMBINATION_LIMIT) return false;
  }
  return templates.every((template) =>
    combos.every((combo) => {
      // Without NotResource the question is per statement and template, which each remembers.
      if (combo.length === 0) return positive.some((s) => s.coversTemplate(template));
      const left = [template, ...combo];
      return !intersect(left) || positives.some((glob) => subset(left, glob));
    }),
  );
}

/** A layer with its statements, and the statements that apply to each action. */
export interface PreparedLayer extends StatementRouter {
  readonly info: AnalysisLayer;
  readonly statements: readonly PreparedStatement[];
}

const STAR = patternGlob('*', false);

/**
 * Reach by template-list id, shared by statements with the same Resource element. Template-list
 * ids are per catalog index, so the map is keyed per catalog too (a WeakMap on the index).
 */
const reachCaches = new WeakMap<CatalogIndex, BoundedCache<Map<number, Coverage>>>();

/**
 * How a Resource element relates to each template ({@link TOUCHES}, {@link COVERS} bits, by the
 * template glob's source), shared like reach: many template lists share templates, and
 * joint coverage asks the same questions again.
 */
const relationCaches = new BoundedCache<Map<string, number>>(5_000);

const TOUCHES = 1;
const COVERS = 2;

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
  const actions = actionSet(statement.actions);
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
  const relations = relationCaches.get(reachKey, () => new Map());

  const relation = (template: Glob): number => {
    let found = relations.get(template.source);
    if (found === undefined) {
      // Cheap test first: an entry that does not touch a template cannot cover it. The answers
      // are kept here, so the shared relation cache (keyed by long strings) is not consulted.
      const touches = globs.some((glob) => globsIntersect([glob, template]));
      const covers = touches && globs.some((glob) => glob === STAR || globsSubset([template], glob));
      found = (touches ? TOUCHES : 0) | (covers ? COVERS : 0);
      relations.set(template.source, found);
    }
    return found;
  };

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
      const related = relation(template);
      const touches = (related & TOUCHES) !== 0;
      const covers = (related & COVERS) !== 0;
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
    actions,
    classKey: `${statement.allow ? 'a' : 'd'}${statement.conditions.length === 0 ? 'u' : 'c'}${reachKey}`,
    resourceReach(catalog, action) {
      const setId = catalog.templateSet[action] as number;
      if (setId < 0) return resources !== null && resources.length === 0 ? REACH.none : wildcardReach;
      return coverage(catalog, setId).reach;
    },
    coversTemplate: (template) => (relation(template) & COVERS) !== 0,
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
      statements.push(prepareStatement(statement, nextId(), ref, policy.variablesEnabled, partition));
    }
  }
  return { info, statements, ...routeStatements(statements) };
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
