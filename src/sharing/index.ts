/** Entry point of the sharing glue: store ⇄ link/autosave mapping, start-up rules and the URL sync. */
export { exampleToSharedState, scenarioToSharedState } from './examples';
export {
  ADMINISTRATOR_ACCESS_ARN,
  createManagedTexts,
  renderManagedDocument,
  type LibraryLoader,
  type ManagedTexts,
} from './managedTexts';
export {
  applySharedState,
  managedArnsOf,
  storeFieldsOf,
  toSharedRequest,
  toSharedState,
  toSimulatedRequest,
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
export { canonicalIds, canonicalTabId, decodeTabs, encodeTabs } from './tabs';
