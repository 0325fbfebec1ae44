/**
 * Imported scenario parts as the store's documents: AWS managed references get the library's
 * text (keeping their ARN), typed documents keep their text, and every document gets the id of
 * its place, as when a link is opened (`identity-N`, `boundary`, `resource`).
 */
import { NO_POLICIES } from '../../engine';
import type { ImportedScenario } from '../../import/types';
import { editableDocuments, type ManagedTextLookup } from '../../sharing';
import type { DocumentsSlice } from '../../state/slices/documents';

/** The documents to open, the tabs to show, and the references that could not be resolved. */
export interface ImportedDocuments {
  /** For `replaceDocuments`: every documents field, so nothing of the previous scenario stays. */
  readonly documents: DocumentsSlice;
  /** Id of the identity policy tab to open, or null when there is none. */
  readonly identityTab: string | null;
  /** Id of the right pane's tab to open (boundary, else resource policy), or null. */
  readonly otherTab: string | null;
  /** AWS managed policy ARNs the library does not know: those policies are left out. */
  readonly missing: readonly string[];
}

/**
 * Builds the store's documents from `scenario`. `managedText` gives the document text of an AWS
 * managed policy; a reference it does not know is left out and listed in `missing`.
 */
export function importedDocuments(
  scenario: ImportedScenario,
  managedText: ManagedTextLookup,
): ImportedDocuments {
  const missing: string[] = [];
  const slots = editableDocuments(
    {
      ...NO_POLICIES,
      identityPolicies: scenario.identityPolicies,
      permissionsBoundary: scenario.permissionsBoundary,
      resourcePolicy: scenario.resourcePolicy,
    },
    managedText,
    'drop',
    missing,
  );
  const documents: DocumentsSlice = {
    principal: scenario.principal,
    sessionIssuer: scenario.sessionIssuer ?? '',
    managementAccount: '',
    boundaryEnabled: slots.permissionsBoundary !== null,
    ...slots,
  };
  return {
    documents,
    identityTab: slots.identityPolicies[0]?.id ?? null,
    otherTab: slots.permissionsBoundary?.id ?? slots.resourcePolicy?.id ?? null,
    missing: [...new Set(missing)],
  };
}
