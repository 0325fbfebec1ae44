/**
 * Proposed changes for what blocks a request, most fitting first: for a layer that lacks an
 * Allow, context that makes a failed Allow condition hold, then an Allow statement; for a
 * matching Deny, context that makes its condition false, then narrowings of the statement.
 * The planner keeps the first proposal that, evaluated, brings the request closer to allowed.
 */

import type { CatalogAction } from '../analysis/types';
import { policyText } from '../json/policyText';
import { slotOfLayer, type PolicySlot } from '../scenario/slots';
import { isAwsManagedPolicyArn } from '../scenario/validatePolicies';
import type { Caller, ContextValue, Layer, NamedPolicy, PolicyLevel, ResourcePolicyKind } from '../types';
import { exemptingContexts, holdingContext } from './contextValues';
import { appendStatement, replaceStatement, statementAt } from './documentEdit';
import {
  failingScpLevels,
  matchingDenies,
  mismatch,
  type MatchingDeny,
  type PolicyAt,
  type Situation,
} from './layerPolicies';
import { narrowings } from './narrowDeny';
import { newPath, pathOf } from './placement';
import type { Fix, FixStatement } from './types';

/** A proposed fix before it is verified. */
export type Change = Omit<Fix, 'owner' | 'alsoAllows' | 'verified'>;

/** What blocks the request now: a matching Deny, or a layer (an SCP level) without an Allow. */
export type Blocker =
  | { readonly kind: 'deny'; readonly deny: MatchingDeny }
  | {
      readonly kind: 'gap';
      readonly layer: Layer;
      readonly slot: PolicySlot;
      readonly policies: readonly PolicyAt[];
      /** The SCP level without an Allow. */
      readonly level: number | null;
    };

/** The catalog as the fixes use it. */
export interface CatalogView {
  readonly actions: readonly CatalogAction[];
  /** Lower-cased `service:Action` → the catalog's spelling. */
  readonly names: ReadonlyMap<string, string>;
}

/** The first thing that blocks the request, in the documented layer order; null when allowed. */
export function blockerOf(situation: Situation): Blocker | null {
  const deny = matchingDenies(situation)[0];
  if (deny !== undefined) return { kind: 'deny', deny };
  const layer = situation.result.deniedBy;
  if (layer === null || situation.result.decision === 'Allowed') return null;
  const slot = slotOfLayer(layer);
  const level = slot.shape === 'levels' ? (failingScpLevels(situation)[0] ?? 0) : null;
  const policies = situation.policies.filter(
    (p) => p.compiled.layer === layer && (level === null || p.placed.place.level?.index === level),
  );
  return { kind: 'gap', layer, slot, policies, level };
}

/* ------------------------------------------------------------------------------------------ */
/* Wording                                                                                    */
/* ------------------------------------------------------------------------------------------ */

function policyWords(slot: PolicySlot, name: string, level: string | undefined): string {
  return `the ${slot.denial.name} "${name}"${level === undefined ? '' : ` at ${level}`}`;
}

function statementWords(index: number, sid: string | null): string {
  return sid === null ? `statement ${index}` : `statement "${sid}"`;
}

function contextWords(context: Readonly<Record<string, ContextValue>>): string {
  return Object.entries(context)
    .map(([key, value]) => `${key} = ${typeof value === 'string' ? value : `[${value.join(', ')}]`}`)
    .join(', ');
}

function managedWords(policy: NamedPolicy): string {
  return policy.arn !== undefined && isAwsManagedPolicyArn(policy.arn)
    ? ' It is an AWS managed policy: the change makes it a policy of your own.'
    : '';
}

/** The level label of a place, for SCPs and RCPs. */
function levelOf(at: PolicyAt): { level?: string } {
  const level = at.placed.place.level;
  return level === null ? {} : { level: level.target };
}

/* ------------------------------------------------------------------------------------------ */
/* Allow statements                                                                           */
/* ------------------------------------------------------------------------------------------ */

/** How the caller is named in a Principal element: its role for a session, else its ARN. */
function principalEntry(caller: Caller): string {
  if (caller.kind === 'role-session') return caller.roleArn;
  return caller.kind === 'root' ? `arn:${caller.partition}:iam::${caller.account}:root` : caller.arn;
}

/** A Sid of letters and digits, unique among `taken`. */
function uniqueSid(action: string, taken: ReadonlySet<string>): string {
  const base = `Allow${action
    .split(':')
    .map((part) => part.replace(/[^A-Za-z0-9]/g, ''))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`.slice(0, 100);
  let sid = base;
  for (let n = 2; taken.has(sid); n++) sid = `${base}${n}`;
  return sid;
}

/** The resource-policy kind a new resource policy for this action has. */
function kindFor(action: string): ResourcePolicyKind {
  const lower = action.toLowerCase();
  return lower.startsWith('kms:') ? 'kms-key' : lower.startsWith('sts:') ? 'role-trust' : 'resource';
}

/** The Allow statement for exactly this request in a policy of `layer`. */
function allowStatement(
  situation: Situation,
  catalog: CatalogView,
  layer: Layer,
  kind: ResourcePolicyKind | null,
  sids: ReadonlySet<string>,
  variablesEnabled: boolean,
): FixStatement {
  const { action, resource } = situation.request;
  const name = catalog.names.get(action.toLowerCase()) ?? action;
  // A literal `${` in a resource would read as a policy variable: `${$}` writes a `$`.
  const literal = variablesEnabled ? resource.replaceAll('${', '${$}{') : resource;
  const principal =
    layer === 'resource' || layer === 'vpcEndpoint'
      ? { Principal: { AWS: principalEntry(situation.compiled.caller) } }
      : {};
  // A role trust policy is about its role (no Resource); a key policy's `*` is its key.
  const target = kind === 'role-trust' ? {} : { Resource: kind === 'kms-key' ? '*' : literal };
  return { Sid: uniqueSid(name, sids), Effect: 'Allow', ...principal, Action: name, ...target };
}

function statementWordsOf(statement: FixStatement): string {
  const principal = statement.Principal === undefined ? '' : ` to ${JSON.stringify(statement.Principal)}`;
  const resource = statement.Resource === undefined ? '' : ` on ${String(statement.Resource)}`;
  return `allowing${principal} ${String(statement.Action)}${resource}`;
}

/** What a slot holds in the scenario, for names and the index of a new policy. */
function slotPolicies(situation: Situation, slot: PolicySlot, level: number | null): readonly NamedPolicy[] {
  const value = (situation.compiled.scenario as unknown as Record<string, unknown>)[slot.field];
  if (slot.shape === 'single') return value === null || value === undefined ? [] : [value as NamedPolicy];
  if (slot.shape === 'list') return (value ?? []) as readonly NamedPolicy[];
  return ((value ?? []) as readonly PolicyLevel<NamedPolicy>[])[level ?? 0]?.policies ?? [];
}

function levelTarget(situation: Situation, slot: PolicySlot, level: number | null): string | undefined {
  if (slot.shape !== 'levels') return undefined;
  const value = (situation.compiled.scenario as unknown as Record<string, unknown>)[slot.field];
  return ((value ?? []) as readonly PolicyLevel<NamedPolicy>[])[level ?? 0]?.target;
}

/** An Allow statement added to the first policy of the gap that can take it, else a new policy. */
function addStatement(
  situation: Situation,
  catalog: CatalogView,
  gap: Extract<Blocker, { kind: 'gap' }>,
): Change | string {
  const { layer, slot } = gap;
  const existingKind = situation.compiled.resourceKind;
  let problem = `no ${slot.denial.name} could take the statement`;
  for (const at of gap.policies) {
    const policy = at.placed.policy;
    // An AWS managed identity policy stays as AWS wrote it: another policy gets the statement.
    if (slot.shape === 'list' && policy.arn !== undefined && isAwsManagedPolicyArn(policy.arn)) continue;
    const sids = new Set(at.compiled.statements.flatMap((s) => (s.sid === null ? [] : [s.sid])));
    const statement = allowStatement(
      situation,
      catalog,
      layer,
      existingKind,
      sids,
      at.compiled.variablesEnabled,
    );
    const edited = appendStatement(policy.document, statement);
    if (!edited.ok) {
      problem = `${policyWords(slot, policy.name, levelOf(at).level)}: ${edited.problem}`;
      continue;
    }
    return {
      layer,
      policyName: policy.name,
      policyPath: pathOf(at.placed.place),
      ...levelOf(at),
      kind: 'add-statement',
      statement,
      document: edited.text,
      newPolicy: false,
      summary: `Add to ${policyWords(slot, policy.name, levelOf(at).level)} a statement ${statementWordsOf(statement)}.${managedWords(policy)}`,
    };
  }
  if (slot.shape === 'single' && gap.policies.length > 0) return problem;
  const existing = slotPolicies(situation, slot, gap.level);
  const kind = slot.hasKind ? kindFor(situation.request.action) : null;
  const statement = allowStatement(situation, catalog, layer, kind, new Set(), true);
  const names = new Set(existing.map((p) => p.name));
  const base = `allow-${situation.request.action}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 100);
  let name = base;
  for (let n = 2; names.has(name); n++) name = `${base}-${n}`;
  const level = levelTarget(situation, slot, gap.level);
  return {
    layer,
    policyName: name,
    policyPath: newPath(slot, existing.length, gap.level ?? 0),
    ...(level === undefined ? {} : { level }),
    kind: 'add-statement',
    statement,
    document: policyText({ Version: '2012-10-17', Statement: [statement] }),
    newPolicy: true,
    ...(kind === null ? {} : { resourcePolicyKind: kind }),
    summary: `Add a new ${policyWords(slot, name, level).slice('the '.length)} ${statementWordsOf(statement)}.`,
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Proposals                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** Context that makes a failed Allow condition hold, one proposal per such statement. */
function* holdingContexts(situation: Situation, gap: Extract<Blocker, { kind: 'gap' }>): Generator<Change> {
  for (const at of gap.policies) {
    for (const statement of at.compiled.statements) {
      if (!statement.valid || !statement.allow) continue;
      if (mismatch(situation, at.compiled, statement)?.code !== 'condition-failed') continue;
      const context = holdingContext(
        statement.conditions,
        situation.context,
        situation.compiled.baseContext,
        at.compiled.variablesEnabled,
      );
      if (context === null) continue;
      const policy = at.placed.policy;
      yield {
        layer: gap.layer,
        policyName: policy.name,
        policyPath: pathOf(at.placed.place),
        ...levelOf(at),
        kind: 'set-context',
        context,
        newPolicy: false,
        summary: `Make the request with ${contextWords(context)}: the condition of ${statementWords(statement.index, statement.sid)} in ${policyWords(gap.slot, policy.name, levelOf(at).level)} then holds.`,
      };
    }
  }
}

/** The layers whose policies are attached to the principal (or its session). */
const PRINCIPAL_LAYERS: readonly Layer[] = ['identity', 'boundary', 'session'];

function* denyChanges(situation: Situation, catalog: CatalogView, blocker: MatchingDeny): Generator<Change> {
  const { policy: at, statement } = blocker;
  const slot = at.placed.place.slot;
  const policy = at.placed.policy;
  const json = statementAt(policy.document, statement.index);
  const deny = { index: statement.index, sid: statement.sid, statement: json ?? {} };
  const common = {
    layer: at.compiled.layer,
    policyName: policy.name,
    policyPath: pathOf(at.placed.place),
    ...levelOf(at),
    deny,
    newPolicy: false,
  };
  const where = `${statementWords(statement.index, statement.sid)} in ${policyWords(slot, policy.name, levelOf(at).level)}`;
  for (const context of exemptingContexts(statement.conditions, situation.compiled.baseContext)) {
    yield {
      ...common,
      kind: 'exempt-from-deny',
      context,
      summary: `Make the request with ${contextWords(context)}: the Deny ${where} then does not apply.`,
    };
  }
  if (json === null) return;
  const principalArn = situation.compiled.baseContext.get('aws:principalarn')?.values[0] ?? null;
  const options = narrowings(json, {
    action: situation.request.action,
    resource: situation.request.resource,
    context: situation.context,
    variablesEnabled: at.compiled.variablesEnabled,
    principalArn,
    // Resource-based, VPC endpoint and organization policies govern many principals.
    shared: !PRINCIPAL_LAYERS.includes(at.compiled.layer),
    actions: catalog.actions,
  });
  for (const option of options) {
    const edited = replaceStatement(policy.document, statement.index, option.statement);
    if (!edited.ok) continue;
    yield {
      ...common,
      kind: 'narrow-deny',
      statement: option.statement,
      document: edited.text,
      summary: `Change the Deny ${where}: it ${option.how}.${managedWords(policy)}`,
    };
  }
}

/** The proposals for a blocker, most fitting first; a string when even the last resort failed. */
export function* proposals(
  situation: Situation,
  catalog: CatalogView,
  blocker: Blocker,
): Generator<Change | string> {
  if (blocker.kind === 'deny') {
    yield* denyChanges(situation, catalog, blocker.deny);
    return;
  }
  yield* holdingContexts(situation, blocker);
  yield addStatement(situation, catalog, blocker);
}
