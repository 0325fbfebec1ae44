/**
 * Imported scenario parts as the store's documents: AWS managed references get the library's
 * text (keeping their ARN), typed documents keep their text, and every document gets the id the
 * store's conventions use (`identity-N`, `boundary`, `resource`).
 */
import type { ImportedScenario, PolicySource } from '../../import/types';
import type { DocumentsSlice, EditablePolicy } from '../../state/slices/documents';
import type { ManagedTextLookup } from './draft';

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
  const editable = (policy: PolicySource, id: string): EditablePolicy | null => {
    if ('text' in policy) return { id, name: policy.name, text: policy.text };
    const text = managedText(policy.managedArn);
    if (text === undefined) {
      missing.push(policy.managedArn);
      return null;
    }
    return { id, name: policy.name, text, managedArn: policy.managedArn };
  };
  const identityPolicies = scenario.identityPolicies.flatMap((policy, index) => {
    const converted = editable(policy, `identity-${index + 1}`);
    return converted === null ? [] : [converted];
  });
  const boundary =
    scenario.permissionsBoundary === null ? null : editable(scenario.permissionsBoundary, 'boundary');
  const resource = scenario.resourcePolicy;
  const resourceDocument = resource === null ? null : editable(resource, 'resource');
  const documents: DocumentsSlice = {
    principal: scenario.principal,
    sessionIssuer: scenario.sessionIssuer ?? '',
    identityPolicies,
    permissionsBoundary: boundary,
    boundaryEnabled: boundary !== null,
    sessionPolicy: null,
    resourcePolicy:
      resourceDocument === null || resource === null ? null : { ...resourceDocument, kind: resource.kind },
    scpLevels: [],
    rcpLevels: [],
  };
  return {
    documents,
    identityTab: identityPolicies[0]?.id ?? null,
    otherTab: boundary?.id ?? documents.resourcePolicy?.id ?? null,
    missing: [...new Set(missing)],
  };
}
