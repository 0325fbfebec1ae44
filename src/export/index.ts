/**
 * Export of a scenario: the engine's scenario file (`scenarioToJson`), AWS CLI commands that
 * would create it (`scenarioToCliCommands`), and a policy simulator command for one request
 * (`requestToSimulateCommand`). Managed references need their documents for some of these:
 * load them first with `preloadManagedDocuments`.
 */

export { scenarioToCliCommands, type CliExportOptions } from './cliCommands';
export { requestToSimulateCommand, type SimulateOptions } from './simulateCommand';
export {
  resolveScenario,
  scenarioToJson,
  type ScenarioExport,
  type ScenarioJsonExport,
} from './scenarioToJson';
export { preloadManagedDocuments, type ManagedDocumentLookup } from './sources';
export { shellQuote } from './shell';
export { CONTEXT_KEY_TYPES, defaultContextKeyType, type ContextKeyBaseType } from './contextTypes';
