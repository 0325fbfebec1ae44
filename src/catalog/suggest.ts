/**
 * "Did you mean …?" for action names: the nearest catalog action by edit distance (optimal string
 * alignment: insertions, deletions, substitutions and swaps of neighbours each cost 1), searched
 * in the named service first, then across the catalog. Case is ignored.
 */

import type { CatalogAction, CatalogService } from './types';

// Scratch rows reused across calls: suggestions run on every keystroke in the editor.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Edit distance between `a` and `b` (optimal string alignment), or `max + 1` as soon as it is
 * known to exceed `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rowA.length < width) {
    rowA = new Int32Array(width * 2);
    rowB = new Int32Array(width * 2);
    rowC = new Int32Array(width * 2);
  }
  let beforePrevious = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let cost = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        cost = Math.min(cost, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > max) return max + 1;
    const recycled = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = recycled;
  }
  const distance = previous[b.length] ?? max + 1;
  return distance > max ? max + 1 : distance;
}

/** How many edits a name of this length may be away from a suggestion. */
function budget(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/** Suggests the nearest action to a (possibly misspelt) `service:Action` or bare action name. */
export type Suggester = (name: string) => CatalogAction | undefined;

/** Builds a suggester over the catalog; lower-cased names are computed once, on first use. */
export function createSuggester(
  services: readonly CatalogService[],
  actions: readonly CatalogAction[],
  serviceOf: (prefix: string) => CatalogService | undefined,
): Suggester {
  let lowerNames: string[] | undefined;
  let lowerFullNames: string[] | undefined;
  const lower = (): [string[], string[]] => {
    lowerNames ??= actions.map((action) => action.name.toLowerCase());
    lowerFullNames ??= actions.map((action) => action.fullName.toLowerCase());
    return [lowerNames, lowerFullNames];
  };

  const nearest = (query: string, keys: readonly string[], from: number, to: number): number => {
    let best = -1;
    let bestDistance = budget(query.length) + 1;
    for (let i = from; i < to && bestDistance > 0; i++) {
      const distance = boundedDistance(query, keys[i] ?? '', bestDistance - 1);
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  };

  return (name) => {
    const query = name.trim().toLowerCase();
    if (query.length === 0 || services.length === 0) return undefined;
    const [names, fullNames] = lower();
    const colon = query.indexOf(':');
    if (colon < 0) return actions[nearest(query, names, 0, actions.length)];
    const service = serviceOf(query.slice(0, colon));
    const first = service?.actions[0];
    if (service !== undefined && first !== undefined) {
      const hit = nearest(query.slice(colon + 1), names, first.id, first.id + service.actions.length);
      if (hit >= 0) return actions[hit];
    }
    return actions[nearest(query, fullNames, 0, actions.length)];
  };
}
