/**
 * The store ⇄ `SharedState` mapping: what a link or the autosave carries, and how it becomes
 * the store's documents, request and UI state again.
 */
import type { PolicySource, SharedOrgLevel, SharedRequest, SharedState, TableFilters } from '../permalink';
import type { PlaygroundState, PlaygroundStore } from '../state/store';
import type {
  DocumentsSlice,
  EditableOrgLevel,
  EditablePolicy,
  EditableResourcePolicy,
} from '../state/slices/documents';
import type { ContextRow, SimulatedRequest } from '../state/slices/request';
import { NO_FILTERS, type RegionFilter, type TableFilters as StoreFilters } from '../state/slices/ui';
import type { LibraryLoader, ManagedTexts } from './managedTexts';
import { canonicalIds, decodeTabs, encodeTabs } from './tabs';

/** The rendered text of a managed policy by ARN, when known. */
export type ManagedTextLookup = (arn: string) => string | undefined;

function toSource(policy: EditablePolicy, managedText: ManagedTextLookup): PolicySource {
  // Documented choice: only a document still identical to AWS's text is shared by ARN; an
  // edited one travels as text, so the link reproduces what the person sees.
  return policy.managedArn !== undefined && managedText(policy.managedArn) === policy.text
    ? { name: policy.name, managedArn: policy.managedArn }
    : { name: policy.name, text: policy.text };
}

function toLevels(levels: readonly EditableOrgLevel[], managedText: ManagedTextLookup): SharedOrgLevel[] {
  return levels.map((l) => ({ target: l.target, policies: l.policies.map((p) => toSource(p, managedText)) }));
}

/** The simulator's request as a link carries it: fields as typed, context rows with a key. */
export function toSharedRequest(request: SimulatedRequest): SharedRequest {
  const context: Record<string, string | string[]> = {};
  for (const row of request.context) {
    const key = row.key.trim();
    if (key)
      context[key] = row.multivalued || row.values.length > 1 ? [...row.values] : (row.values[0] ?? '');
  }
  return {
    action: request.action,
    resource: request.resource,
    ...(request.resourceAccount ? { resourceAccount: request.resourceAccount } : {}),
    context,
  };
}

function toSharedFilters(filters: StoreFilters): TableFilters {
  return {
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.service ? { service: filters.service } : {}),
    ...(filters.accessLevel ? { accessLevel: filters.accessLevel } : {}),
    // Documented choice: the link's `region` filter carries the Venn region the table is
    // filtered to (the playground has no AWS-region filter).
    ...(filters.region ? { region: filters.region } : {}),
  };
}

/** The part of the store a link or the autosave carries. */
export function toSharedState(state: PlaygroundState, managedText: ManagedTextLookup): SharedState {
  const source = (p: EditablePolicy) => toSource(p, managedText);
  const boundary = state.boundaryEnabled ? state.permissionsBoundary : null;
  return {
    principal: state.principal,
    ...(state.sessionIssuer ? { sessionIssuer: state.sessionIssuer } : {}),
    identityPolicies: state.identityPolicies.map(source),
    // Documented choice: a boundary that is switched off is shared as "no boundary".
    permissionsBoundary: boundary ? source(boundary) : null,
    sessionPolicy: state.sessionPolicy ? source(state.sessionPolicy) : null,
    resourcePolicy: state.resourcePolicy
      ? { ...source(state.resourcePolicy), kind: state.resourcePolicy.kind }
      : null,
    serviceControlPolicies: toLevels(state.scpLevels, managedText),
    resourceControlPolicies: toLevels(state.rcpLevels, managedText),
    requests: [toSharedRequest(state.request), ...state.extraRequests],
    tab: encodeTabs(state, state.activeTab, state.activeOtherTab),
    selectedAction: state.selectedAction,
    filters: toSharedFilters(state.filters),
  };
}

function toEditable(source: PolicySource, id: string, managedText: ManagedTextLookup): EditablePolicy {
  if ('text' in source) return { id, name: source.name, text: source.text };
  // An ARN that could not be loaded leaves an empty document; the caller says why in a banner.
  return { id, name: source.name, text: managedText(source.managedArn) ?? '', managedArn: source.managedArn };
}

function toEditableLevels(
  levels: readonly SharedOrgLevel[],
  type: 'scp' | 'rcp',
  managedText: ManagedTextLookup,
): EditableOrgLevel[] {
  return levels.map((level, l) => ({
    id: canonicalIds.level(type, l),
    target: level.target,
    policies: level.policies.map((p, i) => toEditable(p, canonicalIds.orgPolicy(type, l, i), managedText)),
  }));
}

/** The simulator's form for a shared request; context rows get ids with this prefix. */
export function toSimulatedRequest(request: SharedRequest | undefined, rowPrefix: string): SimulatedRequest {
  if (!request) return { action: '', resource: '', resourceAccount: '', context: [] };
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
  };
}

const REGION_FILTERS: ReadonlySet<string> = new Set<RegionFilter>([
  'effective',
  'effectiveAllowed',
  'effectiveConditional',
  'identityOnly',
  'boundaryOnly',
  'neither',
  'explicitDeny',
  'cutElsewhere',
  'alwaysAllowed',
]);

function toStoreFilters(filters: TableFilters): StoreFilters {
  const region = filters.region ?? '';
  return {
    ...NO_FILTERS,
    search: filters.search ?? '',
    service: filters.service ?? '',
    accessLevel: filters.accessLevel ?? '',
    region: REGION_FILTERS.has(region) ? (region as RegionFilter) : '',
  };
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
): Partial<PlaygroundState> {
  const resource = shared.resourcePolicy;
  const documents: DocumentsSlice = {
    principal: shared.principal,
    sessionIssuer: shared.sessionIssuer ?? '',
    identityPolicies: shared.identityPolicies.map((p, i) =>
      toEditable(p, canonicalIds.identity(i), managedText),
    ),
    permissionsBoundary: shared.permissionsBoundary
      ? toEditable(shared.permissionsBoundary, 'boundary', managedText)
      : null,
    boundaryEnabled: true,
    sessionPolicy: shared.sessionPolicy ? toEditable(shared.sessionPolicy, 'session', managedText) : null,
    resourcePolicy: resource
      ? ({ ...toEditable(resource, 'resource', managedText), kind: resource.kind } as EditableResourcePolicy)
      : null,
    scpLevels: toEditableLevels(shared.serviceControlPolicies, 'scp', managedText),
    rcpLevels: toEditableLevels(shared.resourceControlPolicies, 'rcp', managedText),
  };
  const [first, ...rest] = shared.requests;
  return {
    ...documents,
    ...decodeTabs(shared.tab),
    request: toSimulatedRequest(first, rowPrefix),
    extraRequests: rest,
    selectedAction: shared.selectedAction,
    filters: toStoreFilters(shared.filters),
  };
}

/** Every AWS managed policy ARN a shared state references. */
export function managedArnsOf(shared: SharedState): string[] {
  const all: PolicySource[] = [
    ...shared.identityPolicies,
    ...(shared.permissionsBoundary ? [shared.permissionsBoundary] : []),
    ...(shared.sessionPolicy ? [shared.sessionPolicy] : []),
    ...(shared.resourcePolicy ? [shared.resourcePolicy] : []),
    ...shared.serviceControlPolicies.flatMap((l) => l.policies),
    ...shared.resourceControlPolicies.flatMap((l) => l.policies),
  ];
  return all.flatMap((p) => ('managedArn' in p ? [p.managedArn] : []));
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
  store.setState(storeFieldsOf(shared, (arn) => managed.get(arn), `ctx-shared${applied}`));
  return problems;
}
