/** The `--format json` output of `eval`. */

import type { Diagnostic, EvaluationResult } from '../../engine';
import { terminalJson } from './terminal';

/** Pretty-printed JSON: `results` (one per request, in order), then `diagnostics` when any. */
export function formatJson(results: readonly EvaluationResult[], diagnostics: readonly Diagnostic[]): string {
  const output: Record<string, unknown> = {
    results: results.map((result) => ({
      action: result.action,
      resource: result.resource,
      decision: result.decision,
      deniedBy: result.deniedBy,
      deniedByAll: result.deniedByAll,
      message: result.message,
      trace: result.trace,
    })),
  };
  if (diagnostics.length > 0) output.diagnostics = diagnostics;
  return terminalJson(output);
}
