/**
 * A scope as plain JSON, as the command line prints it (`iam-playground effective`, `diff`):
 * condition clauses keep their operator, key and values, without source ranges.
 */

import type { ConditionClause } from '../types';
import type { Scope, ScopeDeny, ScopeTerm } from './types';

/** A condition clause without its place in the text. */
export interface ClauseJson {
  readonly operator: string;
  readonly key: string;
  readonly values: readonly string[];
}

/** A {@link Scope} with every clause as {@link ClauseJson}. */
export interface ScopeJson {
  readonly allowedWhen: readonly (Omit<ScopeTerm, 'conditions'> & { conditions: ClauseJson[] })[];
  readonly deniedWhen: readonly (Omit<ScopeDeny, 'conditions'> & { conditions: ClauseJson[] })[];
  readonly truncated: boolean;
}

function clauseJson(clause: ConditionClause): ClauseJson {
  return { operator: clause.operator, key: clause.key, values: clause.values };
}

/** The scope as JSON; null stays null (actions that are not `conditional`). */
export function scopeJson(scope: Scope | null): ScopeJson | null {
  if (scope === null) return null;
  return {
    allowedWhen: scope.allowedWhen.map((term) => ({ ...term, conditions: term.conditions.map(clauseJson) })),
    deniedWhen: scope.deniedWhen.map((deny) => ({ ...deny, conditions: deny.conditions.map(clauseJson) })),
    truncated: scope.truncated,
  };
}
