/** `guardrails`: can a scenario's principal escape its permissions boundary? */

import { checkGuardrails, compileScenario, type Diagnostic, type GuardrailReport } from '../engine';
import { shippedCatalog } from './catalog';
import { parseScenario, type ScenarioInput } from './parseScenario';

export type {
  GuardrailClause,
  GuardrailCondition,
  GuardrailFinding,
  GuardrailFix,
  GuardrailFixTarget,
  GuardrailId,
  GuardrailProof,
  GuardrailReport,
  GuardrailSeverity,
  GuardrailStatus,
  GuardrailSubject,
} from '../engine';

/** The result of {@link guardrails}. */
export interface ScenarioGuardrails {
  /** The scenario's diagnostics, then every policy's (as `evaluate` gives them). */
  readonly diagnostics: readonly Diagnostic[];
  /** Every check's finding with its proof requests and fix; null when the scenario is invalid. */
  readonly report: GuardrailReport | null;
}

/**
 * Runs the guardrails checks (the README's "Guardrails") against the shipped action catalog,
 * as `iam-playground guardrails` does. An invalid scenario resolves with its diagnostics and a
 * null `report`; a principal without a boundary gets a report without findings, saying why.
 */
export async function guardrails(input: ScenarioInput): Promise<ScenarioGuardrails> {
  const parsed = parseScenario(input);
  if (parsed.scenario === null) return { diagnostics: parsed.diagnostics, report: null };
  const compiled = compileScenario(parsed.scenario);
  return {
    diagnostics: [...parsed.diagnostics, ...compiled.diagnostics],
    report: checkGuardrails(compiled, shippedCatalog().actions),
  };
}
