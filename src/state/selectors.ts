/** Named selectors over the playground state; components and effects read through these. */
import {
  listPolicies,
  POLICY_SLOTS,
  RCP_FULL_AWS_ACCESS_NAME,
  RCP_FULL_AWS_ACCESS_TEXT,
  RESOURCE_POLICY_TYPES,
  checkExpectation,
  type EvaluationResult,
  type NamedPolicy,
  type PolicySlot,
  type PolicySlots,
  type RequestExpectation,
  type ResourcePolicyKind,
  type Scenario,
} from '../engine';
import { shallow } from 'zustand/shallow';

import type { DocumentToCheck } from '../worker/protocol';
import { scenarioOf, type ScenarioState } from './scenarioOf';
import { documentsOf, type EditablePolicy } from './slices/documents';
import { selectedRequestOf, type SimulatedRequest } from './slices/request';
import type { PlaygroundState } from './store';

/** Every document being edited, in tab order. */
export function selectDocuments(state: PlaygroundState): readonly EditablePolicy[] {
  return documentsOf(state);
}

/** The read-only RCPFullAWSAccess tab of an RCP level: every level has one (see `rcpFullAccessId`). */
const RCP_FULL_ACCESS_PREFIX = 'rcp-full-access-';

/** The id of the read-only tab showing AWS's RCPFullAWSAccess on RCP level `level` (0 = root). */
export function rcpFullAccessId(level: number): string {
  return `${RCP_FULL_ACCESS_PREFIX}${level + 1}`;
}

/** The text of one document (or of a read-only tab), or undefined when no tab has that id. */
export function selectDocumentText(state: PlaygroundState, id: string): string | undefined {
  if (id.startsWith(RCP_FULL_ACCESS_PREFIX)) return RCP_FULL_AWS_ACCESS_TEXT;
  return selectDocuments(state).find((p) => p.id === id)?.text;
}

/** A document as the engine's scenario holds it: its text as typed. */
function named(policy: EditablePolicy): NamedPolicy {
  return {
    name: policy.name,
    document: policy.text,
    ...(policy.managedArn === undefined ? {} : { arn: policy.managedArn }),
  };
}

/** Inputs of {@link selectScenario}; the scenario is rebuilt only when one of them changes. */
export function scenarioInputs(s: PlaygroundState): readonly unknown[] {
  return [
    s.principal,
    s.sessionIssuer,
    s.managementAccount,
    s.boundaryEnabled,
    ...listSlotValues(s),
    s.requests,
  ];
}

/** The slot fields' values, for change detection. */
function listSlotValues(s: PlaygroundState): unknown[] {
  return POLICY_SLOTS.map((slot) => s[slot.field]);
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
  lastScenario = { version: 1, ...scenarioOf(state, named) };
  lastInputs = inputs;
  return lastScenario;
}

/** Every document with the policy type it is validated as, for the worker's diagnostics. */
export function selectDocumentsToCheck(state: PlaygroundState): DocumentToCheck[] {
  return listPolicies(state).map(({ policy, place }) => ({
    id: policy.id,
    type: place.policyType,
    text: policy.text,
    awsManaged: policy.managedArn !== undefined,
  }));
}

/** The store fields a scenario is made of, for components (compared shallowly by `usePlayground`). */
export function selectScenarioState(state: PlaygroundState): ScenarioState {
  const slots: Record<string, unknown> = {};
  for (const slot of POLICY_SLOTS) slots[slot.field] = state[slot.field];
  return {
    principal: state.principal,
    sessionIssuer: state.sessionIssuer,
    managementAccount: state.managementAccount,
    boundaryEnabled: state.boundaryEnabled,
    ...(slots as unknown as PolicySlots<EditablePolicy>),
    requests: state.requests,
  };
}

/** The request the simulator shows. */
export function selectSelectedRequest(state: PlaygroundState): SimulatedRequest {
  return selectedRequestOf(state);
}

/** The latest result of the selected request, or null before the first results. */
export function selectSelectedResult(state: PlaygroundState): EvaluationResult | null {
  const index = state.requests.indexOf(selectedRequestOf(state));
  return state.snapshot?.simulations[index] ?? null;
}

/** One request of the suite as the simulator lists it. */
export interface SuiteRow {
  readonly id: string;
  readonly action: string;
  readonly resource: string;
  /** The latest result for the request's position, or null before it is evaluated. */
  readonly result: EvaluationResult | null;
  /** Whether the request's expectation was met; null when it has none or no result yet. */
  readonly expectation: 'met' | 'unmet' | null;
  /** The expectation and the result, in words, for a tooltip. */
  readonly expectationText: string;
}

function describeExpectation(expected: RequestExpectation): string {
  return expected.deniedBy === undefined ? expected.decision : `${expected.decision} by ${expected.deniedBy}`;
}

/** The suite's rows: each request with its result and whether it met its expectation. */
export const selectSuiteRows = memoOn(
  (s) => [s.requests, s.snapshot],
  (state): SuiteRow[] =>
    state.requests.map((request, i) => {
      const result = state.snapshot?.simulations[i] ?? null;
      const expected = request.expect;
      const outcome = expected && result ? checkExpectation(result, expected) : null;
      return {
        id: request.id,
        action: request.action,
        resource: request.resource.trim() || '*',
        result,
        expectation: outcome === null ? null : outcome.met ? 'met' : 'unmet',
        expectationText:
          expected === undefined
            ? ''
            : `Expected ${describeExpectation(expected)}` +
              (result
                ? `; got ${describeExpectation({ decision: result.decision, ...(result.deniedBy ? { deniedBy: result.deniedBy } : {}) })}`
                : ''),
      };
    }),
);

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
  /** AWS's own policy, shown but not editable (RCPFullAWSAccess). */
  readonly readOnly: boolean;
}

const RESOURCE_KIND_TITLE: Readonly<Record<ResourcePolicyKind, string>> = {
  resource: 'Resource-based policy',
  'kms-key': 'KMS key policy',
  'role-trust': 'Role trust policy',
};
// Fails to compile when a resource-policy kind has no title.
void (RESOURCE_POLICY_TYPES satisfies Record<keyof typeof RESOURCE_KIND_TITLE, unknown>);

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

function tabTitle(slot: PolicySlot, policy: EditablePolicy, level: string | null): string {
  if (slot.hasKind)
    return RESOURCE_KIND_TITLE[(policy as EditablePolicy & { kind: ResourcePolicyKind }).kind];
  return level === null ? slot.label : `${slot.label} (${level})`;
}

/** Every tab of both panes, in order; `pane` tells which pane each goes to. */
function allTabs(state: PlaygroundState): { pane: PolicySlot['pane']; tab: DocumentTab }[] {
  const out: { pane: PolicySlot['pane']; tab: DocumentTab }[] = [];
  for (const { policy, place } of listPolicies(state)) {
    const { slot, level } = place;
    // AWS's RCPFullAWSAccess leads every RCP level, read-only.
    if (slot.layer === 'rcp' && place.index === 0 && level !== null) {
      out.push({
        pane: slot.pane,
        tab: {
          id: rcpFullAccessId(level.index),
          name: RCP_FULL_AWS_ACCESS_NAME,
          title: `${slot.label} (${level.target}), managed by AWS`,
          kind: `${slot.tabLabel} · ${level.target}`,
          removable: false,
          readOnly: true,
        },
      });
    }
    out.push({
      pane: slot.pane,
      tab: {
        id: policy.id,
        name: policy.name,
        title: tabTitle(slot, policy, level?.target ?? null),
        kind: level === null ? slot.tabLabel : `${slot.tabLabel} · ${level.target}`,
        removable: slot.shape !== 'list' || state.identityPolicies.length > 1,
        readOnly: false,
      },
    });
  }
  return out;
}

const tabsInputs = (s: PlaygroundState) => listSlotValues(s);

/**
 * Keeps returning the previous array while the new one holds the same items field for field:
 * a keystroke changes a policy's text, not its tab, so the panes need not render again.
 */
function keepEqualItems<T extends object>(select: (s: PlaygroundState) => readonly T[]) {
  let last: readonly T[] | null = null;
  return (state: PlaygroundState): readonly T[] => {
    const next = select(state);
    const previous = last;
    if (previous?.length === next.length && next.every((item, i) => shallow(item, previous[i]))) {
      return previous;
    }
    last = next;
    return next;
  };
}

const tabsOfPane = (pane: PolicySlot['pane']) =>
  keepEqualItems(
    memoOn(tabsInputs, (state): DocumentTab[] =>
      allTabs(state)
        .filter((t) => t.pane === pane)
        .map((t) => t.tab),
    ),
  );

/** Tabs of the left pane: the identity policies. */
export const selectIdentityTabs = tabsOfPane('identity');

/** Tabs of the right pane: the boundary and every other policy type present. */
export const selectOtherTabs = tabsOfPane('other');

/** The editor document a trace entry refers to, or null when it is not open in an editor. */
export function selectTraceDocumentId(
  state: PlaygroundState,
  trace: { readonly layer: string; readonly policyIndex: number; readonly level?: string },
): string | null {
  for (const { policy, place } of listPolicies(state)) {
    if (place.slot.layer !== trace.layer) continue;
    if (trace.level !== undefined && place.level?.target !== trace.level) continue;
    if (trace.policyIndex < 0 && place.level !== null && place.index === 0)
      return rcpFullAccessId(place.level.index);
    if (place.index === trace.policyIndex) return policy.id;
  }
  return null;
}
