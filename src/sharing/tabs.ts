/**
 * Tab ids in links. Document ids in the store are made up per page, so a link names a tab by
 * the document's position instead: `identity-2`, `boundary`, `session`, `resource`,
 * `scp-1-2` (level 1, policy 2), `rcp-…`. Applying a shared state gives documents exactly these
 * ids, so the two agree after a link is opened.
 */
import type { DocumentsSlice, EditableOrgLevel } from '../state/slices/documents';

/** The id a document at this position gets when a shared state is applied. */
export const canonicalIds = {
  identity: (index: number) => `identity-${index + 1}`,
  level: (type: 'scp' | 'rcp', level: number) => `${type}-level-${level + 1}`,
  orgPolicy: (type: 'scp' | 'rcp', level: number, index: number) => `${type}-${level + 1}-${index + 1}`,
} as const;

/** The right pane's tab when a link names none. */
export const DEFAULT_OTHER_TAB = 'boundary';

function inLevels(levels: readonly EditableOrgLevel[], type: 'scp' | 'rcp', id: string): string | null {
  for (const [l, level] of levels.entries()) {
    const p = level.policies.findIndex((policy) => policy.id === id);
    if (p >= 0) return canonicalIds.orgPolicy(type, l, p);
  }
  return null;
}

/** The positional id of the document with store id `id`, or null when there is none. */
export function canonicalTabId(documents: DocumentsSlice, id: string): string | null {
  const i = documents.identityPolicies.findIndex((p) => p.id === id);
  if (i >= 0) return canonicalIds.identity(i);
  if (documents.permissionsBoundary?.id === id) return 'boundary';
  if (documents.sessionPolicy?.id === id) return 'session';
  if (documents.resourcePolicy?.id === id) return 'resource';
  return inLevels(documents.scpLevels, 'scp', id) ?? inLevels(documents.rcpLevels, 'rcp', id);
}

/**
 * The link's `tab` value: the left pane's tab, then the right pane's when it is not the default,
 * separated by a space (e.g. `identity-2 session`).
 */
export function encodeTabs(documents: DocumentsSlice, activeTab: string, activeOtherTab: string): string {
  const left = canonicalTabId(documents, activeTab) ?? canonicalIds.identity(0);
  const right = canonicalTabId(documents, activeOtherTab);
  return right && right !== DEFAULT_OTHER_TAB ? `${left} ${right}` : left;
}

/** Reads a link's `tab` value back into the two panes' tabs. */
export function decodeTabs(tab: string): { activeTab: string; activeOtherTab: string } {
  let activeTab = canonicalIds.identity(0);
  let activeOtherTab = DEFAULT_OTHER_TAB;
  for (const id of tab.split(/\s+/).filter(Boolean)) {
    if (id.startsWith('identity-')) activeTab = id;
    else activeOtherTab = id;
  }
  return { activeTab, activeOtherTab };
}
