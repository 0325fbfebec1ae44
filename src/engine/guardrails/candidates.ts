/**
 * The representative ARNs the checks probe with, derived from what the scenario's policies
 * name: IAM user and role names inside the Resource patterns they use (and one outside them),
 * and the boundary ARNs their `iam:PermissionsBoundary` conditions test.
 */

import { isNegatedClause } from '../conditions/witness';
import { actionMatches } from '../match/action';
import { resourceMatches } from '../match/resource';
import { parsePolicy } from '../parse';
import type { CompiledScenario } from '../scenario/compile';
import { listPolicies } from '../scenario/slots';
import { isAwsManagedPolicyArn } from '../scenario/validatePolicies';
import type { Caller, Statement } from '../types';
import type { ResourceNamer } from './resources';

/** The context key that names a boundary in IAM requests. */
export const BOUNDARY_KEY = 'iam:PermissionsBoundary';

/** The name every probe ARN starts with, so a reader sees it was made up. */
export const PROBE_NAME = 'guardrails-probe';

const EMPTY_CONTEXT = new Map();

/** Whether a Resource entry (2012-10-17 reading) matches a concrete ARN. */
export function entryMatches(pattern: string, resource: string): boolean {
  return resourceMatches(pattern, resource, true, EMPTY_CONTEXT).matched;
}

/** What the scenario's valid statements name, for deriving probe ARNs. */
export interface ScenarioNames {
  /** Resource and NotResource entries, with the statement they come from. */
  readonly resources: readonly { readonly pattern: string; readonly statement: Statement }[];
  /** Values the statements compare `iam:PermissionsBoundary` with, with the operator. */
  readonly boundaryValues: readonly { readonly value: string; readonly negated: boolean }[];
}

/**
 * Reads every policy of the scenario (every slot, through `listPolicies`) for the names its
 * statements use. Invalid statements are skipped: AWS would refuse them.
 */
export function scenarioNames(compiled: CompiledScenario): ScenarioNames {
  const resources: { pattern: string; statement: Statement }[] = [];
  const boundaryValues: { value: string; negated: boolean }[] = [];
  for (const { policy, place } of listPolicies(compiled.scenario)) {
    const parsed = parsePolicy(policy.document, place.policyType, {
      awsManaged: policy.arn !== undefined && isAwsManagedPolicyArn(policy.arn),
    });
    for (const statement of parsed.policy?.statements ?? []) {
      if (!statement.valid) continue;
      for (const pattern of statement.resource?.patterns ?? [])
        resources.push({ pattern: pattern.value, statement });
      for (const clause of statement.conditions) {
        if (clause.key.toLowerCase() !== BOUNDARY_KEY.toLowerCase()) continue;
        for (const value of clause.values) boundaryValues.push({ value, negated: isNegatedClause(clause) });
      }
    }
  }
  return { resources, boundaryValues };
}

/** Whether a statement's Action (not NotAction) lists `action`. */
export function statementLists(statement: Statement, action: string): boolean {
  const element = statement.action;
  return element?.kind === 'Action' && element.patterns.some((p) => actionMatches(p.value, action));
}

/** `text` with its wildcards filled: `*` with the probe name, `?` with a letter. */
function filled(text: string): string {
  return text.replace(/\*/g, PROBE_NAME).replace(/\?/g, 'q');
}

/** The action whose ARN template names IAM resources of each kind the checks probe. */
const TEMPLATE_ACTION = {
  user: 'iam:CreateUser',
  role: 'iam:CreateRole',
  policy: 'iam:CreatePolicy',
} as const;

/** The IAM ARN of kind `kind` named `nameWithPath` in the caller's account (from the catalog's template). */
export function iamArn(
  namer: ResourceNamer,
  kind: keyof typeof TEMPLATE_ACTION,
  nameWithPath: string,
): string {
  return namer.arn(TEMPLATE_ACTION[kind], `${kind}/`, nameWithPath);
}

/**
 * Representative ARNs of kind `kind` in the caller's account: `<kind>/<fallback>` at the root
 * path first (a name outside every pattern the policies use), then, for every pattern of that
 * kind the statements use, a name inside it (its wildcards filled). Entries with policy
 * variables are skipped (their value is the caller's own). At most `limit`, without `exclude`.
 */
export function principalCandidates(
  namer: ResourceNamer,
  names: ScenarioNames,
  kind: 'user' | 'role',
  fallback: string,
  exclude: readonly string[],
  limit = 5,
): string[] {
  const out = [iamArn(namer, kind, fallback)];
  for (const { pattern } of names.resources) {
    if (pattern.includes('${')) continue;
    const at = pattern.indexOf(`:${kind}/`);
    if (at < 0 || !pattern.startsWith('arn:')) continue;
    const rest = pattern.slice(at + kind.length + 2);
    const candidate = iamArn(namer, kind, filled(rest === '' ? '*' : rest));
    if (entryMatches(pattern, candidate)) out.push(candidate);
  }
  return [...new Set(out)].filter((arn) => !exclude.includes(arn)).slice(0, limit);
}

/** A boundary the principal could name in a request, and whether it must create the policy first. */
export interface BoundaryChoice {
  readonly arn: string;
  /** True for a customer managed policy it would create (`iam:CreatePolicy` joins the proof). */
  readonly created: boolean;
}

/**
 * Boundaries of the principal's own choosing: AWS's AdministratorAccess, and customer managed
 * policies it would create — one with the probe name, and one inside every wildcard value the
 * policies test `iam:PermissionsBoundary` against with a positive operator (`StringLike
 * arn:aws:iam::111122223333:policy/team-*` lets it pick `team-guardrails-probe`).
 */
export function chosenBoundaries(
  caller: Caller,
  namer: ResourceNamer,
  names: ScenarioNames,
): BoundaryChoice[] {
  const { partition, account } = caller;
  const choices: BoundaryChoice[] = [
    { arn: `arn:${partition}:iam::aws:policy/AdministratorAccess`, created: false },
    { arn: iamArn(namer, 'policy', `${PROBE_NAME}-boundary`), created: true },
  ];
  for (const { value, negated } of names.boundaryValues) {
    if (negated || value.includes('${') || !/[*?]/.test(value)) continue;
    const arn = filled(value).replace(/^arn:[^:]*:iam::[^:]*:/, `arn:${partition}:iam::${account}:`);
    if (!arn.startsWith(`arn:${partition}:iam::`) || !entryMatches(value, arn)) continue;
    choices.push({ arn, created: !isAwsManagedPolicyArn(arn) });
  }
  const seen = new Set<string>();
  return choices.filter((choice) => !seen.has(choice.arn) && seen.add(choice.arn));
}

/**
 * Boundary ARNs the policies name exactly (no wildcard, no variable) in `iam:PermissionsBoundary`
 * conditions: the boundaries a delegated administrator is meant to set.
 */
export function pinnedBoundaries(names: ScenarioNames): string[] {
  const values = names.boundaryValues
    .map((entry) => entry.value)
    .filter((value) => value.startsWith('arn:') && !/[*?]/.test(value) && !value.includes('${'));
  return [...new Set(values)];
}
