/**
 * Requests inside a conditional action's scope (`Scope`), so the explanation can show one the
 * scope allows: a resource within a term's resource patterns and outside its NotResource and
 * the Deny statements' resources, and a context in which the term's conditions hold and the
 * Denies' conditions do not. These are candidates: a guess can miss (a policy variable, a
 * condition on a key the caller's own values decide), so the caller evaluates them with the
 * engine and shows one only if it is allowed.
 */

import { solveContext } from '../conditions/witness';
import { resourceMatches } from '../match/resource';
import type { Request, RequestContext } from '../types';
import { patternGlob, templateGlob } from './arnGlobs';
import { globsIntersect, globsWitness, type Glob } from './glob';
import type { CatalogAction, Scope, ScopeTerm } from './types';

const EMPTY = new Map();

/** Whether an entry (as a 2012-10-17 pattern) matches a concrete resource. */
export function entryMatches(pattern: string, resource: string): boolean {
  return resourceMatches(pattern, resource, true, EMPTY).matched;
}

/** The action's ARN templates as globs, or null for a wildcard-only action. */
export function templatesOf(action: CatalogAction, partition = 'aws'): Glob[] | null {
  if (action.wildcardOnly || action.resourceTypes.length === 0) return null;
  return action.resourceTypes.map((type) => templateGlob(type.arn, partition));
}

/**
 * A resource of the action that every list of `lists` matches (one entry each, tried in turn)
 * and no entry of `avoid` matches; null when none is found. Characters the patterns leave free
 * are `fill`, and a `*` may match nothing, so the result is valid but terse.
 */
export function resourceWithin(
  action: CatalogAction,
  lists: readonly (readonly string[])[],
  avoid: readonly string[],
  fill = 'x',
): string | null {
  const templates = templatesOf(action);
  if (templates === null)
    return lists.every((list) => list.includes('*')) && !avoid.includes('*') ? '*' : null;
  const choices = lists.reduce<string[][]>(
    (acc, list) => acc.flatMap((picked) => list.map((entry) => [...picked, entry])),
    [[]],
  );
  for (const template of templates) {
    for (const picked of choices.slice(0, 32)) {
      const witness = globsWitness([template, ...picked.map((p) => patternGlob(p, true))], fill);
      if (witness !== null && !avoid.some((p) => entryMatches(p, witness))) return witness;
    }
  }
  return null;
}

/** The resource lists of a term (`['*']` when it has none). */
export function termLists(term: ScopeTerm): readonly (readonly string[])[] {
  return term.resources.length === 0 ? [['*']] : term.resources;
}

/** Who asks, for filling ARN templates and leaving the caller's own context keys alone. */
export interface SampleCaller {
  readonly partition: string;
  readonly account: string;
  /** The context the engine derives for the caller (lower-cased keys): a sample never overrides it. */
  readonly baseContext: RequestContext;
}

/** The action's templates filled in readably: the caller's partition and account, `us-east-1`, `example`. */
function filledTemplates(action: CatalogAction, caller: SampleCaller): string[] {
  return action.resourceTypes.map((type) =>
    type.arn
      .replaceAll('${Partition}', caller.partition)
      .replaceAll('${Region}', 'us-east-1')
      .replaceAll('${Account}', caller.account)
      .replace(/\$\{[^}]*\}/g, 'example'),
  );
}

/** A pattern made concrete: each `*` becomes `example`, each `?` an `x`. */
function concrete(pattern: string): string {
  return pattern.replace(/\*/g, 'example').replace(/\?/g, 'x');
}

/**
 * Resources inside `term` and outside `avoid`, most readable first: filled templates and the
 * term's patterns made concrete (each kept only if it is a resource of the action the term
 * matches), then an exact witness of the intersection.
 */
function resourcesIn(
  action: CatalogAction,
  term: ScopeTerm,
  avoid: readonly string[],
  caller: SampleCaller,
): string[] {
  const lists = termLists(term);
  const templates = templatesOf(action, caller.partition);
  const fits = (resource: string): boolean =>
    lists.every((list) => list.some((entry) => entryMatches(entry, resource))) &&
    !avoid.some((entry) => entryMatches(entry, resource)) &&
    (templates === null
      ? resource === '*'
      : templates.some((template) => globsIntersect([template, patternGlob(resource, false)])));
  const readable =
    templates === null ? ['*'] : [...filledTemplates(action, caller), ...lists.flat().map(concrete)];
  const found = readable.filter((resource) => !/[*?]/.test(resource) || resource === '*').filter(fits);
  const witness = resourceWithin(action, lists, avoid, 'x');
  return [...new Set(witness === null ? found : [...found, witness])];
}

/**
 * Candidate requests inside a conditional action's scope, most readable first, at most
 * `limit`: for each way it is allowed, each resource found inside it, with a context (from the
 * engine's condition solver) in which the way's conditions hold and the Denies' fail where they
 * can. Keys the engine derives for the caller are fixed, so a sample never pretends to be
 * another principal.
 */
export function scopeSamples(
  action: CatalogAction,
  scope: Scope,
  caller: SampleCaller,
  limit = 12,
): Request[] {
  const denyResources = scope.deniedWhen.flatMap((deny) =>
    deny.conditions.length === 0 && deny.resources !== null ? deny.resources : [],
  );
  const fixed = new Set(caller.baseContext.keys());
  const samples: Request[] = [];
  for (const term of scope.allowedWhen) {
    const context = solveContext({
      hold: term.conditions,
      avoid: scope.deniedWhen.map((deny) => deny.conditions),
      fixed,
      base: caller.baseContext,
    });
    if (context === null) continue;
    for (const resource of resourcesIn(action, term, [...term.notResources, ...denyResources], caller)) {
      samples.push({ action: action.fullName, resource, context });
      if (samples.length >= limit) return samples;
    }
  }
  return samples;
}
