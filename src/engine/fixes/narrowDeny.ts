/**
 * Ways to change a matching Deny statement so that it no longer matches one request, from the
 * most precise to the bluntest. Each is only a proposal; the caller keeps the first that,
 * evaluated, lifts the denial:
 *
 * 1. NotResource: add the resource, which the Deny then spares (and nothing else).
 * 2. NotAction: add the action, likewise.
 * 3. Resource: drop the exact entries naming the resource, when others remain.
 * 4. Action: drop the exact entries naming the action, when others remain.
 * 5. For policies that govern other principals too (resource-based, VPC endpoint, SCP, RCP):
 *    a condition `ArnNotEquals aws:PrincipalArn` that spares exactly this caller.
 * 6. Action: replace the wildcard entries matching the action by the other catalog actions they
 *    match (at most {@link MAX_EXPANSION}), freezing the wildcard at today's catalog. (For the
 *    caller's own policies 6 comes before 5, which would lift the whole statement for it.)
 * 7. Remove the statement.
 */

import { actionMatches } from '../match/action';
import { resourceMatches } from '../match/resource';
import type { CatalogAction } from '../analysis/types';
import type { RequestContext } from '../types';
import { keyOf } from './documentEdit';
import type { FixStatement } from './types';

/** Most actions a wildcard is expanded into. */
export const MAX_EXPANSION = 40;

/** A changed Deny statement (null: removed) and what the change does, after "it". */
export interface Narrowing {
  readonly statement: FixStatement | null;
  readonly how: string;
}

/** What narrowing needs to know about the request. */
export interface NarrowingInput {
  readonly action: string;
  readonly resource: string;
  readonly context: RequestContext;
  readonly variablesEnabled: boolean;
  /** The caller's `aws:PrincipalArn`. */
  readonly principalArn: string | null;
  /** True when the policy governs other principals too. */
  readonly shared: boolean;
  readonly actions: readonly CatalogAction[];
}

function list(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
}

const isLiteral = (entry: string) => !entry.includes('*') && !entry.includes('?') && !entry.includes('${');

function quoteAll(entries: readonly string[]): string {
  return entries.map((entry) => `"${entry}"`).join(', ');
}

/** Adds the value to a Not… element. */
function addToNot(
  deny: FixStatement,
  name: 'NotResource' | 'NotAction',
  value: string,
  what: string,
): Narrowing | null {
  const key = keyOf(deny, name);
  const entries = key === undefined ? null : list(deny[key]);
  if (key === undefined || entries === null || entries.includes(value)) return null;
  return {
    statement: { ...deny, [key]: [...entries, value] },
    how: `adds "${value}" to its ${name}, so it spares this ${what} and nothing else`,
  };
}

/** Drops the entries of an element that match, keeping the others. */
function dropMatching(
  deny: FixStatement,
  name: 'Resource' | 'Action',
  matches: (entry: string) => boolean,
  expansion: (wildcards: readonly string[]) => string[] | null,
): Narrowing | null {
  const key = keyOf(deny, name);
  const entries = key === undefined ? null : list(deny[key]);
  if (key === undefined || entries === null) return null;
  const matching = entries.filter(matches);
  const wildcards = matching.filter((entry) => !isLiteral(entry));
  const added = wildcards.length === 0 ? [] : expansion(wildcards);
  if (added === null) return null;
  const kept = [...entries.filter((entry) => !matches(entry)), ...added];
  if (kept.length === 0 || matching.length === 0) return null;
  const how =
    wildcards.length === 0
      ? `drops ${quoteAll(matching)} from its ${name} and keeps denying the rest`
      : `replaces ${quoteAll(wildcards)} in its ${name} by the ${added.length} other catalog actions ${wildcards.length === 1 ? 'it matches' : 'they match'}, so it keeps denying those (but not actions AWS adds later)`;
  return { statement: { ...deny, [key]: kept }, how };
}

/** Adds `ArnNotEquals aws:PrincipalArn` for the caller to the statement's Condition. */
function spareCaller(deny: FixStatement, principalArn: string): Narrowing | null {
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  const conditionKey = keyOf(deny, 'Condition') ?? 'Condition';
  const raw = deny[conditionKey] ?? {};
  if (!isObject(raw)) return null;
  const condition = { ...(raw as Record<string, unknown>) };
  const operator = keyOf(condition, 'ArnNotEquals') ?? 'ArnNotEquals';
  const rawBlock = condition[operator] ?? {};
  if (!isObject(rawBlock)) return null;
  const block = { ...(rawBlock as Record<string, unknown>) };
  const key = keyOf(block, 'aws:PrincipalArn') ?? 'aws:PrincipalArn';
  const values = block[key] === undefined ? [] : list(block[key]);
  if (values === null) return null;
  block[key] = values.length === 0 ? principalArn : [...values, principalArn];
  condition[operator] = block;
  return {
    statement: { ...deny, [conditionKey]: condition },
    how: `gets the condition ArnNotEquals aws:PrincipalArn "${principalArn}", so it spares this principal and denies every other one as before`,
  };
}

/** The narrowings of `deny` for the request, most precise first. */
export function narrowings(deny: FixStatement, input: NarrowingInput): Narrowing[] {
  const { action, resource } = input;
  const lowerAction = action.toLowerCase();
  const resourceMatch = (entry: string) =>
    resourceMatches(entry, resource, input.variablesEnabled, input.context).matched;
  const expand = (wildcards: readonly string[]) => {
    const found = input.actions
      .filter(
        (a) =>
          a.fullName.toLowerCase() !== lowerAction && wildcards.some((w) => actionMatches(w, a.fullName)),
      )
      .map((a) => a.fullName);
    return found.length > 0 && found.length <= MAX_EXPANSION ? found : null;
  };
  const candidates: (Narrowing | null)[] = [
    resource === '*' ? null : addToNot(deny, 'NotResource', resource, 'resource'),
    addToNot(deny, 'NotAction', action, 'action'),
    resource === '*' ? null : dropMatching(deny, 'Resource', resourceMatch, () => null),
    dropMatching(
      deny,
      'Action',
      (entry) => actionMatches(entry, action),
      () => null,
    ),
  ];
  const spare = input.principalArn === null ? null : spareCaller(deny, input.principalArn);
  const expanded = dropMatching(deny, 'Action', (entry) => actionMatches(entry, action), expand);
  // Sparing the caller is precise for a policy governing many principals; in a policy of the
  // caller's own it would lift the whole statement, so the expansion comes first there.
  candidates.push(...(input.shared ? [spare, expanded] : [expanded, spare]), {
    statement: null,
    how: 'is removed: its Action and Resource cannot be narrowed to spare only this request',
  });
  return candidates.filter((c): c is Narrowing => c !== null);
}
