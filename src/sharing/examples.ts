/** Gallery examples as shared states, so opening `#example=<id>` works exactly like opening a link. */
import { mapPolicySlots, policyText, type NamedPolicy, type Scenario } from '../engine';
import type { Example } from '../examples';
import { DEFAULT_SHARED_STATE, type PolicySource, type SharedState } from '../permalink';
import type { ManagedTextLookup } from './mapping';

const AWS_POLICY_ARN_PREFIX = 'arn:aws:iam::aws:policy/';

/**
 * A policy as a source. A policy named like an AWS managed policy whose text is exactly that
 * policy's document becomes an ARN reference, which keeps the example's link short.
 */
function sourceOf(policy: NamedPolicy, managedText: ManagedTextLookup): PolicySource {
  const text = typeof policy.document === 'string' ? policy.document : policyText(policy.document);
  const arn = policy.arn ?? `${AWS_POLICY_ARN_PREFIX}${policy.name}`;
  return managedText(arn) === text ? { name: policy.name, managedArn: arn } : { name: policy.name, text };
}

/** A scenario in the engine's format as a shared state, with the default UI state. */
export function scenarioToSharedState(scenario: Scenario, managedText: ManagedTextLookup): SharedState {
  return {
    principal: scenario.principal,
    ...(scenario.sessionIssuer === undefined ? {} : { sessionIssuer: scenario.sessionIssuer }),
    ...(scenario.organization === undefined ? {} : { organization: scenario.organization }),
    ...mapPolicySlots(scenario, (policy) => sourceOf(policy, managedText)),
    requests: scenario.requests.map((request) => ({ ...request, context: { ...request.context } })),
    tab: DEFAULT_SHARED_STATE.tab,
    selectedAction: null,
    filters: {},
  };
}

/** A gallery example as a shared state. */
export function exampleToSharedState(example: Example, managedText: ManagedTextLookup): SharedState {
  return scenarioToSharedState(example.scenario, managedText);
}
