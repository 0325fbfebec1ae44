/**
 * `diffAnalyses`: what changed between two effective permission sets over the same catalog —
 * the actions gained, lost and changed, with counts per service and per access level.
 */

import { analyzeScenario } from '../analysis/analyze';
import type { ResourceSpace } from '../analysis/resourceSets';
import { scopeJson } from '../analysis/scopeJson';
import type { Analysis, AnalysisOptions, CatalogAction } from '../analysis/types';
import type { CompiledScenario } from '../scenario/compile';
import { actionSpace, scopeContains } from './contains';
import { scopeKey } from './scopeKey';
import type { DiffCounts, DiffEntry, DiffOptions, EffectiveDiff } from './types';

type Kind = 'gained' | 'lost' | 'changed';

function sameActions(before: Analysis, after: Analysis): boolean {
  if (before.actions === after.actions) return true;
  if (before.actions.length !== after.actions.length) return false;
  return before.actions.every((action, i) => action.fullName === after.actions[i]?.fullName);
}

/** Whether the action, allowed or conditional on both sides, may allow more after than before. */
function mayWiden(before: Analysis, after: Analysis, index: number, space: () => ResourceSpace): boolean {
  if (before.effective(index) === 'allowed') return false;
  if (after.effective(index) === 'allowed') return true;
  const old = before.scope(index);
  const now = after.scope(index);
  return old === null || now === null || !scopeContains(space(), old, now);
}

function entry(before: Analysis, after: Analysis, index: number, kind: Kind, newAccess: boolean): DiffEntry {
  const action = before.actions[index] as CatalogAction;
  const deniedBy =
    kind === 'gained' ? before.deniedBy(index) : kind === 'lost' ? after.deniedBy(index) : null;
  return {
    action: action.fullName,
    accessLevel: action.accessLevel,
    oldClass: before.effective(index),
    newClass: after.effective(index),
    oldScope: scopeJson(before.scope(index)),
    newScope: scopeJson(after.scope(index)),
    deniedBy,
    newAccess,
  };
}

type MutableCounts = { -readonly [K in keyof DiffCounts]: number };

function count(table: Record<string, MutableCounts>, key: string, kind: Kind, newAccess: boolean): void {
  const counts = (table[key] ??= { gained: 0, lost: 0, changed: 0, newAccess: 0 });
  counts[kind]++;
  if (newAccess) counts.newAccess++;
}

/**
 * The difference between two analyses of the same action list (in the same order), e.g. a
 * scenario before and after a change. Pure.
 *
 * @throws RangeError when the analyses cover different actions.
 */
export function diffAnalyses(before: Analysis, after: Analysis, options: DiffOptions = {}): EffectiveDiff {
  if (!sameActions(before, after)) throw new RangeError('the two analyses cover different action lists');
  const partition = options.partition ?? 'aws';
  const lists: Record<Kind, DiffEntry[]> = { gained: [], lost: [], changed: [] };
  const total: Record<string, MutableCounts> = {};
  const byService: Record<string, MutableCounts> = {};
  const byAccessLevel: Record<string, MutableCounts> = {};
  for (let i = 0; i < before.actions.length; i++) {
    const old = before.effective(i);
    const now = after.effective(i);
    let kind: Kind;
    let newAccess: boolean;
    if (old === 'denied') {
      if (now === 'denied') continue;
      [kind, newAccess] = ['gained', true];
    } else if (now === 'denied') [kind, newAccess] = ['lost', false];
    else if (old === now && (old === 'allowed' || scopeKey(before.scope(i)) === scopeKey(after.scope(i))))
      continue;
    else
      [kind, newAccess] = [
        'changed',
        mayWiden(before, after, i, () => actionSpace(before.actions, i, partition)),
      ];
    const action = before.actions[i] as CatalogAction;
    lists[kind].push(entry(before, after, i, kind, newAccess));
    count(total, 'all', kind, newAccess);
    count(byService, action.service, kind, newAccess);
    count(byAccessLevel, action.accessLevel, kind, newAccess);
  }
  const totals = total.all ?? { gained: 0, lost: 0, changed: 0, newAccess: 0 };
  return {
    ...lists,
    summary: { ...totals, actions: before.actions.length, byService, byAccessLevel },
  };
}

/**
 * Analyses both compiled scenarios over `actions` and diffs them, comparing resources within
 * the new caller's partition.
 */
export function diffScenarios(
  before: CompiledScenario,
  after: CompiledScenario,
  actions: readonly CatalogAction[],
  options: AnalysisOptions = {},
): EffectiveDiff {
  return diffAnalyses(analyzeScenario(before, actions, options), analyzeScenario(after, actions, options), {
    partition: after.caller.partition || 'aws',
  });
}
