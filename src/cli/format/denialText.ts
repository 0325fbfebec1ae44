/**
 * The `--format text` output of `explain-denial`. Pasted text is anyone's, so every line is printed
 * through `terminalLines`: no value can add a line or a terminal escape.
 */

import type { AwsComparison, Decision, FixPlan, Layer, ParsedDenial, Request } from '../../engine';
import { describeLayer } from '../../engine';
import { fixPlanLines } from './fixesText';
import { terminalLines } from './terminal';

/** Everything `explain-denial` reports. */
export interface DenialReport {
  readonly parsed: Omit<ParsedDenial, 'ok'>;
  readonly request: Request | null;
  readonly evaluation?: {
    readonly decision: Decision;
    readonly deniedBy: Layer | null;
    readonly deniedByAll: readonly Layer[];
    readonly message: string | null;
    readonly missingContextKeys: readonly string[];
  };
  readonly comparison?: AwsComparison;
  readonly scenarioNotes?: readonly string[];
  readonly plan?: FixPlan;
}

function saidLine(parsed: DenialReport['parsed']): string {
  const { decision, layer } = parsed.said;
  const where = layer === null ? 'no policy type it names' : describeLayer(layer);
  if (decision === 'ExplicitDeny') return `an explicit deny in ${where}`;
  if (decision === 'ImplicitDeny')
    return `an implicit deny: ${layer === null ? 'no policy' : `no ${where}`} allowed it`;
  return layer === null ? 'nothing about why' : `a denial by the ${where}, without saying which kind`;
}

/** The report as lines for a terminal. */
export function denialText(report: DenialReport): string {
  const { parsed } = report;
  const named = (text: string | null) => (text === null ? '(not named)' : text);
  const lines = [
    `AWS denied: ${named(parsed.action)} on ${named(parsed.resource)}`,
    `  Caller: ${named(parsed.principal)}${parsed.sessionIssuer === undefined ? '' : ` (session of ${parsed.sessionIssuer})`}`,
    `  AWS says: ${saidLine(parsed)}`,
  ];
  if (parsed.operation !== undefined || parsed.errorCode !== undefined) {
    const code = parsed.errorCode === undefined ? '' : ` (${parsed.errorCode})`;
    lines.push(`  Operation: ${parsed.operation ?? '(not named)'}${code}`);
  }
  if (parsed.said.policyArn !== undefined) lines.push(`  Policy named: ${parsed.said.policyArn}`);
  const context = Object.entries(parsed.context);
  if (context.length > 0) {
    lines.push('  Context:');
    for (const [key, value] of context) lines.push(`    ${key} = ${String(value)}`);
  }
  if (parsed.notes.length > 0) lines.push('  Notes:', ...parsed.notes.map((note) => `    - ${note}`));
  const evaluation = report.evaluation;
  if (evaluation !== undefined) {
    const by = evaluation.deniedBy === null ? '' : ` by the ${describeLayer(evaluation.deniedBy)}`;
    lines.push('', `Scenario: ${evaluation.decision}${by}`);
    if (report.comparison !== undefined) lines.push(`  ${report.comparison.sentence}`);
    if (evaluation.missingContextKeys.length > 0) {
      lines.push(`  Context keys tested but not given: ${evaluation.missingContextKeys.join(', ')}`);
    }
  }
  for (const note of report.scenarioNotes ?? []) lines.push(`  Note: ${note}`);
  if (report.plan !== undefined) lines.push(...fixPlanLines(report.plan));
  return terminalLines(lines);
}
