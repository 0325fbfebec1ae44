/**
 * Output of `check-no-new-access` and `check-access-not-granted`: Access Analyzer's JSON shape
 * (`result`, `message`, `reasons`), or text; the exit status says PASS (0) or FAIL (1).
 */

import type { CliIo } from '../io';
import type { PolicyCheckFinding, PolicyCheckResult } from '../../engine';
import { terminalJson, terminalLines } from './terminal';

/** At most this many action names after a reason in the text output. */
const ACTIONS_SHOWN = 10;

function actionsLine(finding: PolicyCheckFinding | undefined): string {
  if (finding === undefined) return '';
  const shown = finding.actions.slice(0, ACTIONS_SHOWN).join(', ');
  const more =
    finding.actions.length > ACTIONS_SHOWN ? ` and ${finding.actions.length - ACTIONS_SHOWN} more` : '';
  return ` Actions: ${shown}${more}.`;
}

function checkText(check: PolicyCheckResult, findings: readonly PolicyCheckFinding[]): string {
  const lines = [`${check.result}: ${check.message}`];
  check.reasons.forEach((reason, i) => lines.push(`  ${reason.description}${actionsLine(findings[i])}`));
  return terminalLines(lines);
}

/**
 * Prints the result (`json`: Access Analyzer's shape only; `text`: the reasons with the
 * actions behind each) and returns the exit status.
 */
export function emitCheck(
  io: CliIo,
  format: string | undefined,
  check: PolicyCheckResult,
  findings: readonly PolicyCheckFinding[] = [],
): number {
  io.stdout(format === 'text' ? checkText(check, findings) : terminalJson(check));
  return check.result === 'PASS' ? 0 : 1;
}
