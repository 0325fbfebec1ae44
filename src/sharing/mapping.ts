/**
 * The store ⇄ `SharedState` mapping: what a link or the autosave carries, and how it becomes
 * the store's documents, requests and UI state again. The scenario part goes through the store's
 * one scenario mapping (`state/scenarioOf.ts`).
 */
import { isRcpFullAwsAccess, listPolicies, updatePolicySlots, type PolicySlots } from '../engine';
import type { PolicySource, SharedRequest, SharedState, TableFilters } from '../permalink';
import { linkFilters } from '../state/linkGate';
import { scenarioOf, type ScenarioState } from '../state/scenarioOf';
import type { PlaygroundState, PlaygroundStore } from '../state/store';
import type { DocumentsSlice, EditablePolicy } from '../state/slices/documents';
import {
  DEFAULT_REQUEST,
  withIds,
  type ContextRow,
  type RequestFields,
  type SimulatedRequest,
} from '../state/slices/request';
import {
  NO_FILTERS,
  REGION_FILTERS,
  type RegionFilter,
  type TableFilters as StoreFilters,
} from '../state/slices/ui';
import type { LibraryLoader, ManagedTexts } from './managedTexts';
import { canonicalId, decodeTabs, encodeTabs } from './tabs';

/** The rendered text of a managed policy by ARN, when known. */
export type ManagedTextLookup = (arn: string) => string | undefined;

/**
 * A document as a policy source. Documented choice: only a document still identical to AWS's
 * text is shared by ARN; an edited one travels as text, so the link reproduces what the person
 * sees.
 */
export function policySource(policy: EditablePolicy, managedText: ManagedTextLookup): PolicySource {
  return policy.managedArn !== undefined && managedText(policy.managedArn) === policy.text
    ? { name: policy.name, managedArn: policy.managedArn }
    : { name: policy.name, text: policy.text };
}

/** The store's scenario with policies as sources: for links, the autosave and the export. */
export function draftOf(state: ScenarioState, managedText: ManagedTextLookup) {
  return scenarioOf(state, (policy) => policySource(policy, managedText));
}

/** The part of the store a link or the autosave carries. */
export function toSharedState(state: PlaygroundState, managedText: ManagedTextLookup): SharedState {
  return {
    ...draftOf(state, managedText),
    tab: encodeTabs(state, state.activeTab, state.activeOtherTab),
    selectedAction: state.selectedAction,
    filters: linkFilters(state.filters),
    ...(state.baseline === null
      ? {}
      : { baseline: { label: state.baseline.label, state: state.baseline.state } }),
  };
}

/** The simulator's form of a shared request; context rows get ids with this prefix. */
export function toRequestFields(request: SharedRequest, rowPrefix: string): RequestFields {
  const context: ContextRow[] = Object.entries(request.context).map(([key, value], i) => ({
    id: `${rowPrefix}-${i + 1}`,
    key,
    values: typeof value === 'string' ? [value] : [...value],
    multivalued: typeof value !== 'string',
  }));
  return {
    action: request.action,
    resource: request.resource,
    resourceAccount: request.resourceAccount ?? '',
    context,
    ...(request.viaVpcEndpoint === undefined ? {} : { viaVpcEndpoint: request.viaVpcEndpoint }),
    ...(request.expect === undefined ? {} : { expect: request.expect }),
  };
}

function toStoreFilters(filters: TableFilters): StoreFilters {
  const region = filters.region ?? '';
  return {
    ...NO_FILTERS,
    search: filters.search ?? '',
    service: filters.service ?? '',
    accessLevel: filters.accessLevel ?? '',
    region: (REGION_FILTERS as readonly string[]).includes(region) ? (region as RegionFilter) : '',
    view: filters.view === 'actions' ? 'actions' : 'services',
  };
}

/**
 * The editor documents of policy sources: each gets the id of its place (so a link's tab names
 * it), a managed policy its text from `managedText`. A managed policy whose text is unknown is
 * left out with `unknown: 'drop'`, or kept as an empty document with `'empty'` (the caller says
 * why in a banner); either way its ARN is added to `missing`. A listed copy of AWS's
 * RCPFullAWSAccess (links of the first format could list it) is dropped: every RCP level shows
 * it already.
 */
export function editableDocuments(
  sources: PolicySlots<PolicySource>,
  managedText: ManagedTextLookup,
  unknown: 'drop' | 'empty',
  missing: string[] = [],
): PolicySlots<EditablePolicy> {
  return updatePolicySlots(sources, (source, place): EditablePolicy | null => {
    const id = canonicalId(place);
    if ('text' in source) {
      if (place.slot.layer === 'rcp' && isRcpFullAwsAccess({ name: source.name, document: source.text }))
        return null;
      return { id, name: source.name, text: source.text };
    }
    const text = managedText(source.managedArn);
    if (text === undefined) missing.push(source.managedArn);
    if (text === undefined && unknown === 'drop') return null;
    return { id, name: source.name, text: text ?? '', managedArn: source.managedArn };
  });
}

let applied = 0;

/**
 * The store fields a shared state sets, with managed policies' texts from `managedText`
 * (an unknown ARN gives an empty document). Pure: `applySharedState` writes the result.
 */
export function storeFieldsOf(
  shared: SharedState,
  managedText: ManagedTextLookup,
  rowPrefix = 'ctx-shared',
): Partial<Omit<PlaygroundState, 'requests'>> & { requests: readonly RequestFields[] } {
  const documents: DocumentsSlice = {
    principal: shared.principal,
    sessionIssuer: shared.sessionIssuer ?? '',
    managementAccount: shared.organization?.managementAccount ?? '',
    boundaryEnabled: true,
    ...editableDocuments(shared, managedText, 'empty'),
  };
  return {
    ...documents,
    ...decodeTabs(shared.tab),
    requests: shared.requests.map((request, i) => toRequestFields(request, `${rowPrefix}-${i + 1}`)),
    selectedAction: shared.selectedAction,
    filters: toStoreFilters(shared.filters),
  };
}

/** Every AWS managed policy ARN some policy of `slots` references, without repeats. */
export function managedArnsOf(slots: PolicySlots<PolicySource | EditablePolicy>): string[] {
  const arns = listPolicies(slots).flatMap(({ policy }) =>
    'managedArn' in policy && policy.managedArn !== undefined ? [policy.managedArn] : [],
  );
  return [...new Set(arns)];
}

/**
 * Replaces the store's scenario with `shared`, loading the managed policies it names first.
 * Resolves to one sentence per managed policy that could not be loaded (its document is left
 * empty). Never rejects.
 */
export async function applySharedState(
  store: PlaygroundStore,
  shared: SharedState,
  managed: ManagedTexts,
  loadLibrary: LibraryLoader,
): Promise<string[]> {
  const problems = await managed.ensure(managedArnsOf(shared), loadLibrary);
  applied += 1;
  const { requests, ...fields } = storeFieldsOf(shared, (arn) => managed.get(arn), `ctx-shared${applied}`);
  const withIdentifiers = (requests.length > 0 ? requests : [DEFAULT_REQUEST]).map(withIds);
  // One update: evaluation never sees the new documents with the old requests.
  store.setState({
    ...fields,
    requests: withIdentifiers,
    selectedRequestId: (withIdentifiers[0] as SimulatedRequest).id,
  });
  return problems;
}
