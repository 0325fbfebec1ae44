/**
 * "Did you mean …?" for action names: the nearest catalog action by edit distance (optimal string
 * alignment: insertions, deletions, substitutions and swaps of neighbours each cost 1), searched
 * in the named service first, then across the catalog. Case is ignored.
 */

import { editDistance as boundedDistance } from '../engine';
import type { CatalogAction, CatalogService } from './types';

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
