/** Entry point of the sharing glue: store ⇄ link/autosave mapping, start-up rules and the URL sync. */
export { exampleToSharedState, scenarioToSharedState } from './examples';
export {
  ADMINISTRATOR_ACCESS_ARN,
  createManagedTexts,
  type LibraryLoader,
  type ManagedTexts,
} from './managedTexts';
export {
  applySharedState,
  draftOf,
  editableDocuments,
  managedArnsOf,
  policySource,
  storeFieldsOf,
  toRequestFields,
  toSharedState,
  type ManagedTextLookup,
} from './mapping';
export {
  createPristineCheck,
  planOpen,
  resolveHash,
  sameState,
  type LinkTarget,
  type OpenPlan,
} from './startup';
export { startSharing, type SharingController, type SharingEnvironment, type SharingOptions } from './sync';
export { browserEnvironment } from './browser';
export { canonicalId, canonicalTabId, decodeTabs, encodeTabs } from './tabs';
export { resolveBaseline, type BaselineResult, type BaselineSource } from './baseline';
