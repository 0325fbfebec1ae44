/** Named selectors over the playground state; components and effects read through these. */
import type { ContextValue, NamedPolicy, OrgPolicyLevel, Request, Scenario } from '../engine';
import type { DocumentToCheck } from '../worker/protocol';
import type { EditableOrgLevel, EditablePolicy } from './slices/documents';
import type { PlaygroundState } from './store';

/** Every document being edited, in tab order. */
export function selectDocuments(state: PlaygroundState): readonly EditablePolicy[] {
  return [
    ...state.identityPolicies,
    ...(state.permissionsBoundary ? [state.permissionsBoundary] : []),
    ...(state.sessionPolicy ? [state.sessionPolicy] : []),
    ...(state.resourcePolicy ? [state.resourcePolicy] : []),
    ...state.scpLevels.flatMap((l) => l.policies),
    ...state.rcpLevels.flatMap((l) => l.policies),
  ];
}

/** The text of one document, or undefined when no document has that id. */
export function selectDocumentText(state: PlaygroundState, id: string): string | undefined {
  return selectDocuments(state).find((p) => p.id === id)?.text;
}

function named(policy: EditablePolicy): NamedPolicy {
  return { name: policy.name, document: policy.text };
}

function levels(list: readonly EditableOrgLevel[]): OrgPolicyLevel[] {
  return list.map((l) => ({ target: l.target, policies: l.policies.map(named) }));
}

/** The simulated request in the engine's shape. */
export function selectEngineRequest(state: PlaygroundState): Request {
  const { request } = state;
  const context: Record<string, ContextValue> = {};
  for (const row of request.context) {
    const key = row.key.trim();
    if (!key) continue;
    context[key] = row.multivalued || row.values.length > 1 ? [...row.values] : (row.values[0] ?? '');
  }
  return {
    action: request.action.trim(),
    resource: request.resource.trim() || '*',
    ...(request.resourceAccount.trim() ? { resourceAccount: request.resourceAccount.trim() } : {}),
    context,
  };
}

/** Inputs of {@link selectScenario}; the scenario is rebuilt only when one of them changes. */
export function scenarioInputs(s: PlaygroundState): readonly unknown[] {
  return [
    s.principal,
    s.sessionIssuer,
    s.identityPolicies,
    s.permissionsBoundary,
    s.boundaryEnabled,
    s.sessionPolicy,
    s.resourcePolicy,
    s.scpLevels,
    s.rcpLevels,
    s.request,
    s.extraRequests,
  ];
}

let lastInputs: readonly unknown[] = [];
let lastScenario: Scenario | null = null;

/**
 * The scenario in the engine's format, documents as typed. Memoised on its inputs, so a
 * subscription can compare references to know whether anything evaluation depends on changed.
 */
export function selectScenario(state: PlaygroundState): Scenario {
  const inputs = scenarioInputs(state);
  if (lastScenario && inputs.length === lastInputs.length && inputs.every((v, i) => v === lastInputs[i])) {
    return lastScenario;
  }
  const boundary = state.boundaryEnabled ? state.permissionsBoundary : null;
  lastScenario = {
    version: 1,
    principal: state.principal.trim(),
    ...(state.sessionIssuer.trim() ? { sessionIssuer: state.sessionIssuer.trim() } : {}),
    identityPolicies: state.identityPolicies.map(named),
    permissionsBoundary: boundary ? named(boundary) : null,
    sessionPolicy: state.sessionPolicy ? named(state.sessionPolicy) : null,
    resourcePolicy: state.resourcePolicy
      ? { ...named(state.resourcePolicy), kind: state.resourcePolicy.kind }
      : null,
    serviceControlPolicies: levels(state.scpLevels),
    resourceControlPolicies: levels(state.rcpLevels),
    // Extra requests (from an example or a link) are evaluated too, for the embed view.
    requests: [selectEngineRequest(state), ...state.extraRequests],
  };
  lastInputs = inputs;
  return lastScenario;
}

/** Every document with the policy type it is validated as, for the worker's diagnostics. */
export function selectDocumentsToCheck(state: PlaygroundState): DocumentToCheck[] {
  const docs: DocumentToCheck[] = state.identityPolicies.map((p) => ({
    id: p.id,
    type: 'identity',
    text: p.text,
  }));
  if (state.permissionsBoundary) {
    docs.push({ id: state.permissionsBoundary.id, type: 'boundary', text: state.permissionsBoundary.text });
  }
  if (state.sessionPolicy)
    docs.push({ id: state.sessionPolicy.id, type: 'session', text: state.sessionPolicy.text });
  if (state.resourcePolicy) {
    docs.push({
      id: state.resourcePolicy.id,
      type: state.resourcePolicy.kind,
      text: state.resourcePolicy.text,
    });
  }
  for (const p of state.scpLevels.flatMap((l) => l.policies))
    docs.push({ id: p.id, type: 'scp', text: p.text });
  for (const p of state.rcpLevels.flatMap((l) => l.policies))
    docs.push({ id: p.id, type: 'rcp', text: p.text });
  return docs;
}

/** Whether anything evaluation depends on differs between two states. */
export function evaluationInputsChanged(a: PlaygroundState, b: PlaygroundState): boolean {
  const x = scenarioInputs(a);
  const y = scenarioInputs(b);
  return x.some((v, i) => v !== y[i]);
}

/** A tab of an editor pane. */
export interface DocumentTab {
  readonly id: string;
  readonly name: string;
  /** What kind of policy it is, as a heading: "Identity policy", "Permissions boundary"… */
  readonly title: string;
  /** Short label of the kind for the tab, e.g. `SCP · Root`. */
  readonly kind: string;
  readonly removable: boolean;
}

const RESOURCE_KIND_TITLE = {
  resource: 'Resource-based policy',
  'kms-key': 'KMS key policy',
  'role-trust': 'Role trust policy',
};

/**
 * Memoises a selector on the identity of the state fields it reads, so it returns the same
 * array (of the same objects) until one of them changes: components compare results shallowly.
 */
function memoOn<T>(inputs: (s: PlaygroundState) => readonly unknown[], compute: (s: PlaygroundState) => T) {
  let last: readonly unknown[] | null = null;
  let value: T;
  return (state: PlaygroundState): T => {
    const next = inputs(state);
    if (!last || next.length !== last.length || next.some((v, i) => v !== last?.[i])) {
      value = compute(state);
      last = next;
    }
    return value;
  };
}

/** Tabs of the left pane: the identity policies. */
export const selectIdentityTabs = memoOn(
  (s) => [s.identityPolicies],
  (state): DocumentTab[] =>
    state.identityPolicies.map((p) => ({
      id: p.id,
      name: p.name,
      title: 'Identity policy',
      kind: 'Identity',
      removable: state.identityPolicies.length > 1,
    })),
);

/** Tabs of the right pane: the boundary and every other policy type present. */
export const selectOtherTabs = memoOn(
  (s) => [s.permissionsBoundary, s.sessionPolicy, s.resourcePolicy, s.scpLevels, s.rcpLevels],
  otherTabs,
);

function otherTabs(state: PlaygroundState): DocumentTab[] {
  const tabs: DocumentTab[] = [];
  const b = state.permissionsBoundary;
  if (b)
    tabs.push({ id: b.id, name: b.name, title: 'Permissions boundary', kind: 'Boundary', removable: true });
  const s = state.sessionPolicy;
  if (s) tabs.push({ id: s.id, name: s.name, title: 'Session policy', kind: 'Session', removable: true });
  const r = state.resourcePolicy;
  if (r)
    tabs.push({
      id: r.id,
      name: r.name,
      title: RESOURCE_KIND_TITLE[r.kind],
      kind: 'Resource',
      removable: true,
    });
  for (const [key, label] of [
    ['scpLevels', 'SCP'],
    ['rcpLevels', 'RCP'],
  ] as const) {
    for (const level of state[key]) {
      for (const p of level.policies) {
        tabs.push({
          id: p.id,
          name: p.name,
          title: `${label} (${level.target})`,
          kind: `${label} · ${level.target}`,
          removable: true,
        });
      }
    }
  }
  return tabs;
}

/** The editor document a trace entry refers to, or null when it is not open in an editor. */
export function selectTraceDocumentId(
  state: PlaygroundState,
  trace: { readonly layer: string; readonly policyIndex: number; readonly level?: string },
): string | null {
  switch (trace.layer) {
    case 'identity':
      return state.identityPolicies[trace.policyIndex]?.id ?? null;
    case 'boundary':
      return state.permissionsBoundary?.id ?? null;
    case 'session':
      return state.sessionPolicy?.id ?? null;
    case 'resource':
      return state.resourcePolicy?.id ?? null;
    case 'scp':
    case 'rcp': {
      const levels = trace.layer === 'scp' ? state.scpLevels : state.rcpLevels;
      return levels.find((l) => l.target === trace.level)?.policies[trace.policyIndex]?.id ?? null;
    }
    default:
      return null;
  }
}
