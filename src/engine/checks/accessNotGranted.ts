/**
 * `checkAccessNotGranted`: whether a policy document grants any of a listed access, as Access
 * Analyzer's CheckAccessNotGranted asks
 * (https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckAccessNotGranted.html):
 * with only actions, any of them on any resource; with only resources, any action on any of
 * them; with both, any of the actions on any of the resources.
 */

import type { ResourceSpace } from '../analysis/resourceSets';
import type { Analysis, CatalogAction, Scope, ScopeDeny, ScopeTerm } from '../analysis/types';
import { actionSpace } from '../diff/contains';
import { actionMatches } from '../match/action';
import type { AccessSpec } from './access';
import { analyzeStatements, checkPartition, withDenies } from './analyzeDocument';
import type { CheckedDocument } from './documents';
import { findingOf, outcomeOf, type CheckWording, type PolicyCheckOutcome } from './result';

/** Access Analyzer's wording, as its API reference examples show it. */
const WORDING: CheckWording = {
  pass: 'The policy document does not grant access to perform the listed actions or resources.',
  fail: 'The policy document grants access to perform one or more of the listed actions or resources.',
  reason: 'One or more of the listed actions or resources in',
};

/** Whether some request of the term may name `resource`. */
function termReaches(space: ResourceSpace, term: ScopeTerm, resource: string): boolean {
  return (
    term.resources.every((list) => list.some((pattern) => !space.disjoint(pattern, resource))) &&
    !term.notResources.some((pattern) => space.contains(pattern, resource))
  );
}

/** Whether an unconditional Deny of the scope matches every ARN `resource` names. */
function deniedWhole(space: ResourceSpace, deny: ScopeDeny, resource: string): boolean {
  if (deny.conditions.length > 0) return false;
  if (deny.resources !== null) return deny.resources.some((pattern) => space.contains(pattern, resource));
  if (deny.notResources !== null)
    return deny.notResources.every((pattern) => space.disjoint(pattern, resource));
  return true;
}

function scopeReaches(space: ResourceSpace, scope: Scope, resource: string): boolean {
  if (scope.deniedWhen.some((deny) => deniedWhole(space, deny, resource))) return false;
  return scope.truncated || scope.allowedWhen.some((term) => termReaches(space, term, resource));
}

/**
 * Whether the analysed document may allow the action at `index` on one of `resources` (on
 * any resource when there are none). Only ARNs of the action's own resource types count: a
 * bucket ARN is not reached by `ec2:*`, nor any ARN by an action that takes only `*`.
 */
function reaches(
  analysis: Analysis,
  index: number,
  resources: readonly string[],
  space: ResourceSpace,
): boolean {
  const effective = analysis.effective(index);
  if (effective === 'denied') return false;
  if (resources.length === 0) return true;
  const scope = analysis.scope(index);
  return resources.some(
    (resource) => space.touches(resource) && (scope === null || scopeReaches(space, scope, resource)),
  );
}

/** Indexes of the catalog actions the access names (every action when it names none). */
function listedActions(actions: readonly CatalogAction[], access: AccessSpec): number[] {
  const listed: number[] = [];
  actions.forEach((action, index) => {
    if (
      access.actions.length === 0 ||
      access.actions.some((pattern) => actionMatches(pattern, action.fullName))
    )
      listed.push(index);
  });
  return listed;
}

/** The access patterns that name no action of the catalog (they cannot be checked). */
export function unknownAccessActions(actions: readonly CatalogAction[], access: AccessSpec): string[] {
  return access.actions.filter(
    (pattern) => !actions.some((action) => actionMatches(pattern, action.fullName)),
  );
}

/**
 * Checks the document over `actions`. Each Allow statement is analysed with the document's
 * Deny statements; the ones that may grant a listed access are the reasons. A FAIL is "may
 * grant": a conditional grant counts, whatever its conditions.
 */
export function checkAccessNotGranted(
  document: CheckedDocument,
  access: AccessSpec,
  actions: readonly CatalogAction[],
): PolicyCheckOutcome {
  const partition = checkPartition(document);
  const listed = listedActions(actions, access);
  const findings = document.statements
    .filter((statement) => statement.effect === 'Allow')
    .flatMap((allow) => {
      const analysis = analyzeStatements(document, withDenies(document, allow), actions, partition);
      const granted = listed.filter((index) =>
        reaches(analysis, index, access.resources, actionSpace(actions, index, partition)),
      );
      return findingOf(
        allow,
        granted.map((index) => (actions[index] as CatalogAction).fullName),
      );
    });
  return outcomeOf(WORDING, findings);
}
