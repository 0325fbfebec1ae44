/**
 * A scope's structural identity: two scopes with the same key allow and deny the same
 * requests, whatever the order of their parts, their duplicates, or which policy and
 * statement each part came from.
 */

import { clauseKey } from '../analysis/normalize';
import type { Scope, ScopeDeny, ScopeTerm } from '../analysis/types';

function sorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function listKey(values: readonly string[] | null): string[] | null {
  return values === null ? null : sorted(values);
}

function termKey(term: ScopeTerm): string {
  return JSON.stringify([
    sorted(term.resources.map((list) => JSON.stringify(sorted(list)))),
    sorted(term.notResources),
    sorted(term.conditions.map(clauseKey)),
  ]);
}

function denyKey(deny: ScopeDeny): string {
  return JSON.stringify([
    listKey(deny.resources),
    listKey(deny.notResources),
    sorted(deny.conditions.map(clauseKey)),
  ]);
}

/** The structural key of a scope (null for no scope). */
export function scopeKey(scope: Scope | null): string {
  if (scope === null) return 'null';
  return JSON.stringify([
    sorted(scope.allowedWhen.map(termKey)),
    sorted(scope.deniedWhen.map(denyKey)),
    scope.truncated,
  ]);
}
