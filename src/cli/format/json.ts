/** The `--format json` output of `eval`. */

import type { Diagnostic, EvaluationResult } from '../../engine';
import { terminalJson } from './terminal';

/**
 * Pretty-printed JSON: `results` (one per request, in order), then `diagnostics` when any.
 * `extra(index)` adds fields to a result (the fixes of `eval --fixes`).
 */
export function formatJson(
  results: readonly EvaluationResult[],
  diagnostics: readonly Diagnostic[],
  extra: (index: number) => Record<string, unknown> = () => ({}),
): string {
  const output: Record<string, unknown> = {
    results: results.map((result, index) => ({
      action: result.action,
      resource: result.resource,
      decision: result.decision,
      deniedBy: result.deniedBy,
      deniedByAll: result.deniedByAll,
      message: result.message,
      trace: result.trace,
      ...extra(index),
    })),
  };
  if (diagnostics.length > 0) output.diagnostics = diagnostics;
  return terminalJson(output);
}
