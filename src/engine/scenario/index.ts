/** Scenario format: validation (from a value or from text) and compilation for evaluation. */

export { SCENARIO_DIAGNOSTIC_CODES, type ScenarioDiagnosticCode } from './codes';
export {
  compileScenario,
  type CompiledLevel,
  type CompiledPolicy,
  type CompiledScenario,
  type CompileOptions,
  type PolicyParser,
} from './compile';
export { parseScenario, parseScenarioText, type ScenarioParseResult } from './parseScenario';
export type { ValidateOptions } from './validate';
