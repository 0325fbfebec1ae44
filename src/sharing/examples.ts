/** Gallery examples as shared states, so opening `#example=<id>` works exactly like opening a link. */
import type { NamedPolicy, OrgPolicyLevel, Scenario } from '../engine';
import type { Example } from '../examples';
import { DEFAULT_SHARED_STATE, type PolicySource, type SharedOrgLevel, type SharedState } from '../permalink';
import type { ManagedTextLookup } from './mapping';

const AWS_POLICY_ARN_PREFIX = 'arn:aws:iam::aws:policy/';

function textOf(document: NamedPolicy['document']): string {
  return typeof document === 'string' ? document : `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * A policy as a source. A policy named like an AWS managed policy whose text is exactly that
 * policy's document becomes an ARN reference, which keeps the example's link short.
 */
function sourceOf(policy: NamedPolicy, managedText: ManagedTextLookup): PolicySource {
  const text = textOf(policy.document);
  const arn = `${AWS_POLICY_ARN_PREFIX}${policy.name}`;
  return managedText(arn) === text ? { name: policy.name, managedArn: arn } : { name: policy.name, text };
}

function levelsOf(levels: readonly OrgPolicyLevel[], managedText: ManagedTextLookup): SharedOrgLevel[] {
  return levels.map((l) => ({ target: l.target, policies: l.policies.map((p) => sourceOf(p, managedText)) }));
}

/** A scenario in the engine's format as a shared state, with the default UI state. */
export function scenarioToSharedState(scenario: Scenario, managedText: ManagedTextLookup): SharedState {
  const source = (p: NamedPolicy) => sourceOf(p, managedText);
  const resource = scenario.resourcePolicy;
  return {
    principal: scenario.principal,
    ...(scenario.sessionIssuer === undefined ? {} : { sessionIssuer: scenario.sessionIssuer }),
    identityPolicies: scenario.identityPolicies.map(source),
    permissionsBoundary: scenario.permissionsBoundary ? source(scenario.permissionsBoundary) : null,
    sessionPolicy: scenario.sessionPolicy ? source(scenario.sessionPolicy) : null,
    resourcePolicy: resource ? { ...source(resource), kind: resource.kind } : null,
    serviceControlPolicies: levelsOf(scenario.serviceControlPolicies, managedText),
    resourceControlPolicies: levelsOf(scenario.resourceControlPolicies, managedText),
    requests: scenario.requests.map((r) => ({
      action: r.action,
      resource: r.resource,
      ...(r.resourceAccount === undefined ? {} : { resourceAccount: r.resourceAccount }),
      context: { ...r.context },
    })),
    tab: DEFAULT_SHARED_STATE.tab,
    selectedAction: null,
    filters: {},
  };
}

/** A gallery example as a shared state. */
export function exampleToSharedState(example: Example, managedText: ManagedTextLookup): SharedState {
  return scenarioToSharedState(example.scenario, managedText);
}
