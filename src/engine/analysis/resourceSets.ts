/**
 * Resource-pattern algebra relative to one action's resources: whether two entries share an
 * ARN of the action, whether one contains the other there, and reducing the AND of several
 * Resource lists (one per layer) to a single list when that is exact.
 */

import { intersect, patternGlob, subset } from './arnGlobs';
import type { Glob } from './glob';

/** Resource questions asked within an action's ARN templates (empty list: wildcard-only). */
export class ResourceSpace {
  /** @param templates - the action's ARN templates as globs; empty for a wildcard-only action. */
  constructor(readonly templates: readonly Glob[]) {}

  private glob(pattern: string): Glob {
    return patternGlob(pattern, true);
  }

  /** Whether the entry matches some ARN of the action. */
  touches(pattern: string): boolean {
    if (this.templates.length === 0) return pattern === '*';
    const glob = this.glob(pattern);
    return this.templates.some((template) => intersect([glob, template]));
  }

  /** Whether the entry matches every ARN of the action. */
  covers(pattern: string): boolean {
    if (pattern === '*') return true;
    if (this.templates.length === 0) return false;
    const glob = this.glob(pattern);
    return this.templates.every((template) => subset([template], glob));
  }

  /** Whether no ARN of the action matches both entries. */
  disjoint(a: string, b: string): boolean {
    if (this.templates.length === 0) return !(a === '*' && b === '*');
    const ga = this.glob(a);
    const gb = this.glob(b);
    return this.templates.every((template) => !intersect([ga, gb, template]));
  }

  /** Whether every ARN of the action that `inner` matches is matched by `outer`. */
  contains(outer: string, inner: string): boolean {
    if (outer === '*' || outer === inner) return true;
    if (this.templates.length === 0) return inner !== '*';
    const go = this.glob(outer);
    const gi = this.glob(inner);
    return this.templates.every((template) => !intersect([gi, template]) || subset([gi, template], go));
  }
}

/** Result of intersecting Resource lists: one list when exact, else the lists as given. */
export type Intersection =
  { readonly kind: 'empty' } | { readonly kind: 'lists'; readonly lists: readonly (readonly string[])[] };

/**
 * The AND of several OR-lists of entries, kept to the entries that touch the action. A list
 * with an entry covering the action drops out (it constrains nothing). Two lists reduce to one
 * when every pair of entries is disjoint (dropped) or nested (the narrower kept); a pair that
 * overlaps otherwise leaves the lists apart (still exact as data, but not one Resource element).
 */
export function intersectLists(space: ResourceSpace, lists: readonly (readonly string[])[]): Intersection {
  const relevant: string[][] = [];
  for (const list of lists) {
    const touching = list.filter((pattern) => space.touches(pattern));
    if (touching.length === 0) return { kind: 'empty' };
    if (touching.some((pattern) => space.covers(pattern))) continue;
    relevant.push([...new Set(touching)]);
  }
  // Merge each list into any list it reduces with, repeating while merges happen.
  const out: string[][] = [];
  for (const list of relevant) {
    let pending = list;
    for (let j = 0; j < out.length;) {
      const merged = mergePair(space, out[j] as string[], pending);
      if (merged === null) {
        j++;
        continue;
      }
      if (merged.length === 0) return { kind: 'empty' };
      out.splice(j, 1);
      pending = merged;
      j = 0;
    }
    out.push(pending);
  }
  // Lists that could not merge may still share nothing.
  for (let a = 0; a < out.length; a++) {
    for (let b = a + 1; b < out.length; b++) {
      const left = out[a] as string[];
      const right = out[b] as string[];
      if (left.every((x) => right.every((y) => space.disjoint(x, y)))) return { kind: 'empty' };
    }
  }
  return { kind: 'lists', lists: out };
}

function mergePair(space: ResourceSpace, left: readonly string[], right: readonly string[]): string[] | null {
  const result = new Set<string>();
  for (const a of left) {
    for (const b of right) {
      if (space.disjoint(a, b)) continue;
      if (space.contains(b, a)) result.add(a);
      else if (space.contains(a, b)) result.add(b);
      else return null;
    }
  }
  return [...result];
}
