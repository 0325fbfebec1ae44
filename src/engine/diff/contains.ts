/**
 * Proving that one scope allows nothing another does not: the core of "no new access". Every
 * test here is a sufficient condition, so `false` means "could not prove it" (the caller then
 * reports possible new access), never a guess that it holds.
 */

import { catalogIndex } from '../analysis/catalogIndex';
import { ResourceSpace } from '../analysis/resourceSets';
import { contradicts } from '../analysis/scope';
import type { CatalogAction, Scope, ScopeDeny, ScopeTerm } from '../analysis/types';
import { clausesImply } from './clauses';

/** The resources of the action at `index` (its ARN templates in `partition`), for set questions. */
export function actionSpace(
  actions: readonly CatalogAction[],
  index: number,
  partition: string,
): ResourceSpace {
  const catalog = catalogIndex(actions);
  const setId = catalog.templateSet[index] as number;
  return new ResourceSpace(setId < 0 ? [] : catalog.globs(setId, partition));
}

/** Every request of `inner` is a request of `outer` (conditions, resources, exclusions). */
function termWithin(space: ResourceSpace, inner: ScopeTerm, outer: ScopeTerm): boolean {
  if (!clausesImply(inner.conditions, outer.conditions)) return false;
  // Each list of `outer` must match every resource of `inner`: some list of `inner` lies in it.
  const listsHold = outer.resources.every((wanted) =>
    inner.resources.some((list) => list.every((p) => wanted.some((q) => space.contains(q, p)))),
  );
  if (!listsHold) return false;
  // Each exclusion of `outer` must be excluded by `inner` too, or lie outside one of its lists.
  return outer.notResources.every(
    (excluded) =>
      inner.notResources.some((n) => space.contains(n, excluded)) ||
      inner.resources.some((list) => list.every((p) => space.disjoint(p, excluded))),
  );
}

/** No request of `term` matches `deny`. */
function denyMisses(space: ResourceSpace, term: ScopeTerm, deny: ScopeDeny): boolean {
  if (deny.conditions.some((d) => term.conditions.some((t) => contradicts(t, d)))) return true;
  const { resources, notResources } = deny;
  if (resources !== null) {
    return term.resources.some((list) => list.every((p) => resources.every((q) => space.disjoint(p, q))));
  }
  if (notResources !== null) {
    return term.resources.some((list) => list.every((p) => notResources.some((n) => space.contains(n, p))));
  }
  return false;
}

/** Every request `inner` matches, `outer` matches too (both Deny statements). */
function denyWithin(space: ResourceSpace, inner: ScopeDeny, outer: ScopeDeny): boolean {
  if (!clausesImply(inner.conditions, outer.conditions)) return false;
  const wanted = outer.resources;
  if (wanted !== null) {
    return inner.resources !== null && inner.resources.every((p) => wanted.some((q) => space.contains(q, p)));
  }
  const spared = outer.notResources;
  if (spared === null) return true; // No Resource element: it matches every resource.
  if (inner.resources !== null) {
    return inner.resources.every((p) => spared.every((n) => space.disjoint(p, n)));
  }
  const innerSpared = inner.notResources;
  return innerSpared !== null && spared.every((n) => innerSpared.some((m) => space.contains(m, n)));
}

/**
 * Whether every request `inner` allows, `outer` allows too, within one action's resources
 * (`space`). Proven term by term: each term of `inner` lies inside some term of `outer`, and
 * each Deny of `outer` either cannot match the term or lies inside a Deny of `inner`. A
 * truncated `inner` (terms left out) is never proven; a truncated `outer` still may be, since
 * lying inside some of its terms is enough.
 */
export function scopeContains(space: ResourceSpace, outer: Scope, inner: Scope): boolean {
  if (inner.truncated) return false;
  return inner.allowedWhen.every(
    (term) =>
      outer.allowedWhen.some((candidate) => termWithin(space, term, candidate)) &&
      outer.deniedWhen.every(
        (deny) =>
          denyMisses(space, term, deny) || inner.deniedWhen.some((own) => denyWithin(space, deny, own)),
      ),
  );
}
