/**
 * Tab ids in links. Document ids in the store are made up per page, so a link names a tab by
 * the document's place instead: `identity-2`, `boundary`, `session`, `resource`, `vpcEndpoint`,
 * `scp-1-2` (level 1, policy 2), `rcp-…`, and `rcp-full-access-1` for the read-only
 * RCPFullAWSAccess of a level. Applying a shared state gives documents exactly these ids, so the
 * two agree after a link is opened.
 */
import { listPolicies, type PolicyPlace, type PolicySlots } from '../engine';
import type { EditablePolicy } from '../state/slices/documents';

/** The id a document at this place gets when a shared state is applied. */
export function canonicalId(place: PolicyPlace): string {
  const { slot, index, level } = place;
  if (slot.shape === 'single') return slot.layer;
  if (slot.shape === 'list') return `${slot.layer}-${index + 1}`;
  return `${slot.layer}-${(level?.index ?? 0) + 1}-${index + 1}`;
}

/** The first identity policy's id: the left pane's tab when a link names none. */
export const FIRST_IDENTITY_TAB = 'identity-1';

/** The right pane's tab when a link names none. */
export const DEFAULT_OTHER_TAB = 'boundary';

/** The positional id of the document with store id `id`, or null when there is none. */
export function canonicalTabId(documents: PolicySlots<EditablePolicy>, id: string): string | null {
  // Read-only tabs (AWS's RCPFullAWSAccess) already have positional ids.
  if (id.startsWith('rcp-full-access-')) return id;
  const found = listPolicies(documents).find(({ policy }) => policy.id === id);
  return found === undefined ? null : canonicalId(found.place);
}

/**
 * The link's `tab` value: the left pane's tab, then the right pane's when it is not the default,
 * separated by a space (e.g. `identity-2 session`).
 */
export function encodeTabs(
  documents: PolicySlots<EditablePolicy>,
  activeTab: string,
  activeOtherTab: string,
): string {
  const left = canonicalTabId(documents, activeTab) ?? FIRST_IDENTITY_TAB;
  const right = canonicalTabId(documents, activeOtherTab);
  return right && right !== DEFAULT_OTHER_TAB ? `${left} ${right}` : left;
}

/** Reads a link's `tab` value back into the two panes' tabs. */
export function decodeTabs(tab: string): { activeTab: string; activeOtherTab: string } {
  let activeTab = FIRST_IDENTITY_TAB;
  let activeOtherTab = DEFAULT_OTHER_TAB;
  for (const id of tab.split(/\s+/).filter(Boolean)) {
    if (id.startsWith('identity-')) activeTab = id;
    else activeOtherTab = id;
  }
  return { activeTab, activeOtherTab };
}
