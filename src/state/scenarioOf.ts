/**
 * The one mapping from the store to a scenario. The evaluator, links, the autosave and the
 * export all read the store through it, differing only in how each policy is held (its text, or
 * an AWS managed policy's ARN), so they can never disagree on what the scenario is.
 */
import {
  mapPolicySlots,
  type ContextValue,
  type PolicySlots,
  type Request,
  type ScenarioOf,
} from '../engine';
import type { DocumentsSlice, EditablePolicy } from './slices/documents';
import type { RequestSlice, SimulatedRequest } from './slices/request';

/** The store fields a scenario is made of. */
export type ScenarioState = DocumentsSlice & Pick<RequestSlice, 'requests'>;

/**
 * A simulator request in the engine's shape: action and resource trimmed (an empty resource is
 * `*`), context rows without a key left out, a row with several values (or marked multivalued)
 * sent as a list.
 */
export function toEngineRequest(request: SimulatedRequest): Request {
  // defineProperty, not assignment: a `__proto__` key stays a plain key (the setter would drop it).
  const context: Record<string, ContextValue> = {};
  for (const row of request.context) {
    const key = row.key.trim();
    if (!key) continue;
    const value = row.multivalued || row.values.length > 1 ? [...row.values] : (row.values[0] ?? '');
    Object.defineProperty(context, key, { value, enumerable: true, writable: true, configurable: true });
  }
  const account = request.resourceAccount.trim();
  return {
    action: request.action.trim(),
    resource: request.resource.trim() || '*',
    ...(account ? { resourceAccount: account } : {}),
    context,
    ...(request.viaVpcEndpoint === undefined ? {} : { viaVpcEndpoint: request.viaVpcEndpoint }),
    ...(request.expect === undefined ? {} : { expect: request.expect }),
  };
}

/**
 * The store's scenario, each policy as `policy` makes it. The principal and session issuer are
 * trimmed (an empty issuer is left out); a boundary that is switched off is left out, as
 * evaluation leaves it out.
 */
export function scenarioOf<P>(state: ScenarioState, policy: (p: EditablePolicy) => P): ScenarioOf<P> {
  const slots: PolicySlots<EditablePolicy> = state.boundaryEnabled
    ? state
    : { ...state, permissionsBoundary: null };
  const issuer = state.sessionIssuer.trim();
  const management = state.managementAccount.trim();
  return {
    principal: state.principal.trim(),
    ...(issuer ? { sessionIssuer: issuer } : {}),
    ...(management ? { organization: { managementAccount: management } } : {}),
    ...mapPolicySlots(slots, (p) => policy(p)),
    requests: state.requests.map(toEngineRequest),
  };
}
