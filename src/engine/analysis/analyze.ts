/**
 * `analyzeScenario`: the class of every catalog action in every layer, the effective result,
 * its scope and the Venn regions — for a same-account request that no resource-based policy
 * touches. Results live in typed arrays; per-action objects are built only on demand.
 */

import type { CompiledScenario } from '../scenario/compile';
import { alwaysAllowedFor, catalogIndex, type CatalogIndex } from './catalogIndex';
import { jointlyWhole, prepareLayers, REACH, type PreparedLayer, type PreparedStatement } from './prepare';
import { ResourceSpace } from './resourceSets';
import { buildScope, type LayerTouches, type ScopeResult, type Touch } from './scope';
import { EFFECTIVE_CLASSES, LAYER_CLASSES, REGIONS } from './codes';
import { countRegions, regionOf } from './regions';
import {
  AnalysisStopped,
  type ActionAnalysis,
  type Analysis,
  type AnalysisOptions,
  type CatalogAction,
  type DeniedBy,
  type EffectiveClass,
  type LayerClass,
  type Region,
  type Scope,
} from './types';

/** Statement lists up to this length are classified without the memo (see `classOf`). */
const SHORT_LIST = 8;

/** Layer classes as stored: positions in {@link LAYER_CLASSES}. */
export const CLASS = { none: 0, some: 1, all: 2, denied: 3 } as const satisfies Record<LayerClass, number>;
const EFFECTIVE = { allowed: 0, conditional: 1, denied: 2 } as const satisfies Record<EffectiveClass, number>;
const CLASS_NAMES: readonly LayerClass[] = LAYER_CLASSES;
const EFFECTIVE_NAMES: readonly EffectiveClass[] = EFFECTIVE_CLASSES;

// Scratch lists for classify (synchronous and not re-entrant, so shared); filled up to a
// count rather than truncated, since setting an array's length is slow in V8.
const partialAllows: PreparedStatement[] = [];
const partialDenies: PreparedStatement[] = [];

/** The class of an action in a layer, from the layer's statements that match the action. */
function classify(
  statements: readonly PreparedStatement[],
  catalog: CatalogIndex,
  action: number,
  partition: string,
): number {
  let allowAll = false;
  let allowSome = false;
  let denySome = false;
  let allowCount = 0;
  let denyCount = 0;
  for (const statement of statements) {
    const reach = statement.resourceReach(catalog, action);
    if (reach === REACH.none) continue;
    // Documented choice: any Condition makes a statement partial: request values can be
    // anything (even the caller's derived keys may be overridden per request), so no condition
    // is taken to hold or fail statically.
    const unconditional = statement.conditions.length === 0;
    if (statement.allow) {
      if (reach === REACH.all && unconditional) allowAll = true;
      else {
        allowSome = true;
        if (unconditional) partialAllows[allowCount++] = statement;
      }
    } else if (reach === REACH.all && unconditional) return CLASS.denied;
    else {
      denySome = true;
      if (unconditional) partialDenies[denyCount++] = statement;
    }
  }
  // Statements that each reach part of the templates may together reach all of them.
  const setId = catalog.templateSet[action] as number;
  if (setId >= 0 && (denyCount > 1 || (!allowAll && allowCount > 1))) {
    const templates = catalog.globs(setId, partition);
    if (denyCount > 1 && jointlyWhole(partialDenies.slice(0, denyCount), templates)) return CLASS.denied;
    if (!allowAll && allowCount > 1) allowAll = jointlyWhole(partialAllows.slice(0, allowCount), templates);
  }
  if (allowAll && !denySome) return CLASS.all;
  return allowAll || allowSome ? CLASS.some : CLASS.none;
}

function touches(
  layer: PreparedLayer,
  layerIndex: number,
  catalog: CatalogIndex,
  action: number,
): LayerTouches {
  const allows: Touch[] = [];
  const denies: Touch[] = [];
  for (const statement of layer.forAction(catalog, action)) {
    const reach = statement.resourceReach(catalog, action);
    if (reach === REACH.none) continue;
    (statement.allow ? allows : denies).push({ statement, reach });
  }
  return { layerIndex, allows, denies };
}

/**
 * Analyses every action of `actions` against the scenario. Pure and synchronous; with the
 * full catalog (~22,000 actions) it is meant to run on every keystroke in a worker.
 */
export function analyzeScenario(
  compiled: CompiledScenario,
  actions: readonly CatalogAction[],
  options?: AnalysisOptions,
): Analysis {
  const maxTerms = options?.maxTerms ?? 64;
  const catalog = catalogIndex(actions);
  const layers = prepareLayers(compiled);
  const n = actions.length;
  const layerCount = layers.length;
  const partition = compiled.caller.partition || 'aws';
  const isRoot = compiled.caller.kind === 'root';
  const always: ReadonlySet<number> =
    options?.policiesOnly === true ? new Set() : alwaysAllowedFor(catalog, compiled.caller.kind);
  const identityIndex = layers.findIndex((layer) => layer.info.layer === 'identity');
  const boundaryIndex = layers.findIndex((layer) => layer.info.layer === 'boundary');

  const classes = new Uint8Array(layerCount * n);
  const effective = new Uint8Array(n);
  const deniedLayer = new Int16Array(n).fill(-1);
  const explicit = new Uint8Array(n);
  const fully = new Uint8Array(n);
  const regions = new Uint8Array(n);
  const scopes = new Map<number, Scope>();
  const scopeMemo = new Map<string, ScopeResult>();

  // A layer's class of an action depends only on the statements that match it and on its
  // template list, and many actions share both (every action of a service, for a statement
  // naming `ec2:*`): for long lists the class is memoised by the list's identity and the
  // template list, and statements that classify alike count once (40,000 copies of one
  // statement are one). Short lists are classified directly: that is cheaper than the memo.
  const listIds = new WeakMap<readonly PreparedStatement[], number>();
  let lists = 0;
  const listId = (list: readonly PreparedStatement[]): number => {
    let id = listIds.get(list);
    if (id === undefined) {
      id = lists++;
      listIds.set(list, id);
    }
    return id;
  };
  const distinct = new WeakMap<readonly PreparedStatement[], readonly PreparedStatement[]>();
  const distinctOf = (list: readonly PreparedStatement[]): readonly PreparedStatement[] => {
    let kept = distinct.get(list);
    if (kept === undefined) {
      const keys = new Set<string>();
      kept = list.filter((statement) => !keys.has(statement.classKey) && keys.add(statement.classKey));
      distinct.set(list, kept);
    }
    return kept;
  };
  const setStride = catalog.templateSets.length + 1;
  const classMemo = new Map<number, number>();
  const classOf = (layer: PreparedLayer, action: number): number => {
    const statements = layer.forAction(catalog, action);
    if (statements.length <= SHORT_LIST) return classify(statements, catalog, action, partition);
    const key = listId(statements) * setStride + (catalog.templateSet[action] as number) + 1;
    let cls = classMemo.get(key);
    if (cls === undefined) {
      cls = classify(distinctOf(statements), catalog, action, partition);
      classMemo.set(key, cls);
    }
    return cls;
  };
  const scopeByLists = new Map<string, ScopeResult>();

  // An absent layer (index -1) counts as allowing, as the regions' definitions say.
  const allowsAt = (layerIndex: number, action: number) => {
    if (layerIndex < 0) return true;
    const cls = classes[layerIndex * n + action];
    return cls === CLASS.all || cls === CLASS.some;
  };

  // Scopes are memoised by what decides them: the template list and, per `some` layer, the
  // statements that touch the action with their reach. The key is built without the lists.
  const scopeFor = (action: number): ScopeResult => {
    const setId = catalog.templateSet[action] as number;
    let listsKey = `${setId}`;
    for (let l = 0; l < layerCount; l++) {
      if (classes[l * n + action] === CLASS.some)
        listsKey += `|${l}:${listId((layers[l] as PreparedLayer).forAction(catalog, action))}`;
    }
    const known = scopeByLists.get(listsKey);
    if (known !== undefined) return known;
    let key = `${setId}`;
    for (let l = 0; l < layerCount; l++) {
      if (classes[l * n + action] !== CLASS.some) continue;
      key += `|${l}:`;
      for (const statement of (layers[l] as PreparedLayer).forAction(catalog, action)) {
        const reach = statement.resourceReach(catalog, action);
        if (reach !== REACH.none) key += `${statement.id}.${reach},`;
      }
    }
    let result = scopeMemo.get(key);
    if (result === undefined) {
      const some: LayerTouches[] = [];
      for (let l = 0; l < layerCount; l++) {
        if (classes[l * n + action] === CLASS.some)
          some.push(touches(layers[l] as PreparedLayer, l, catalog, action));
      }
      const space = new ResourceSpace(setId < 0 ? [] : catalog.globs(setId, partition));
      result = buildScope(space, some, maxTerms);
      scopeMemo.set(key, result);
    }
    scopeByLists.set(listsKey, result);
    return result;
  };

  const shouldStop = options?.shouldStop;
  for (let i = 0; i < n; i++) {
    if (shouldStop !== undefined && (i & 127) === 0 && shouldStop()) throw new AnalysisStopped();
    let firstDenied = -1;
    let firstNone = -1;
    let firstSome = -1;
    for (let l = 0; l < layerCount; l++) {
      const cls = classOf(layers[l] as PreparedLayer, i);
      classes[l * n + i] = cls;
      if (cls === CLASS.denied && firstDenied < 0) firstDenied = l;
      else if (cls === CLASS.none && firstNone < 0) firstNone = l;
      else if (cls === CLASS.some && firstSome < 0) firstSome = l;
    }
    if (always.has(i)) effective[i] = EFFECTIVE.allowed;
    else if (firstDenied >= 0) {
      effective[i] = EFFECTIVE.denied;
      deniedLayer[i] = firstDenied;
      explicit[i] = 1;
      fully[i] = 1;
    } else if (firstNone >= 0) {
      effective[i] = EFFECTIVE.denied;
      deniedLayer[i] = firstNone;
    } else if (firstSome < 0) effective[i] = EFFECTIVE.allowed;
    else {
      const { scope, shutByDeny } = scopeFor(i);
      if (scope.allowedWhen.length > 0) {
        effective[i] = EFFECTIVE.conditional;
        scopes.set(i, scope);
      } else {
        // Documented choice: every way to allow it is shut. Explicit when an unconditional
        // Deny shut a term (deniedBy: the first such Deny's layer); else the layers' grants
        // share no request, and deniedBy is the first `some` layer in the documented order.
        effective[i] = EFFECTIVE.denied;
        explicit[i] = shutByDeny >= 0 ? 1 : 0;
        deniedLayer[i] = shutByDeny >= 0 ? shutByDeny : firstSome;
      }
    }
    regions[i] = regionOf(
      always.has(i),
      effective[i] === EFFECTIVE.denied && explicit[i] === 1,
      isRoot || allowsAt(identityIndex, i),
      boundaryIndex < 0 ? null : allowsAt(boundaryIndex, i),
      effective[i] !== EFFECTIVE.denied,
    );
  }

  const infos = layers.map((layer) => layer.info);
  const deniedBy = (index: number): DeniedBy | null => {
    const l = deniedLayer[index] as number;
    const info = infos[l];
    if (effective[index] !== EFFECTIVE.denied || info === undefined) return null;
    return { layerId: info.id, layer: info.layer, explicit: explicit[index] === 1 };
  };
  const layerClass = (layerIndex: number, index: number): LayerClass =>
    CLASS_NAMES[classes[layerIndex * n + index] as number] as LayerClass;

  return {
    actions,
    wholeCatalog: options?.wholeCatalog ?? true,
    layers: infos,
    hasBoundary: boundaryIndex >= 0,
    isRoot,
    regions: countRegions(regions, effective, EFFECTIVE.allowed),
    layerClass,
    effective: (index) => EFFECTIVE_NAMES[effective[index] as number] as EffectiveClass,
    region: (index) => REGIONS[regions[index] as number] as Region,
    deniedBy,
    scope: (index) => scopes.get(index) ?? null,
    fullyDenied: (index) => fully[index] === 1,
    action(index): ActionAnalysis {
      const record: Record<string, LayerClass> = {};
      infos.forEach((info, l) => (record[info.id] = layerClass(l, index)));
      return {
        action: actions[index] as CatalogAction,
        layers: record,
        effective: EFFECTIVE_NAMES[effective[index] as number] as EffectiveClass,
        reason: always.has(index) ? 'always-allowed' : null,
        deniedBy: deniedBy(index),
        region: REGIONS[regions[index] as number] as Region,
        scope: scopes.get(index) ?? null,
      };
    },
  };
}
