/** The output of `guardrails`: the report as JSON, or as text for a terminal. */

import type { GuardrailFinding, GuardrailProof, GuardrailReport } from '../../engine';
import { terminalJson, terminalLines } from './terminal';

/** The report as pretty-printed JSON (results with their traces). */
export function guardrailsJson(report: GuardrailReport): string {
  return terminalJson(report);
}

const STATUS_LABEL: Readonly<Record<GuardrailFinding['status'], string>> = {
  fail: 'FAIL',
  possible: 'POSSIBLE',
  pass: 'pass',
};

function proofLine(proof: GuardrailProof): string {
  const context = Object.entries(proof.request.context)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : `[${value.join(', ')}]`}`)
    .join(', ');
  const by = proof.result.deniedBy === null ? '' : ` by ${proof.result.deniedBy}`;
  const where = context === '' ? '' : ` with ${context}`;
  return `    ${proof.result.decision}${by}: ${proof.request.action} on ${proof.request.resource}${where}`;
}

function findingLines(finding: GuardrailFinding): string[] {
  const lines = [
    `${STATUS_LABEL[finding.status]} [${finding.severity}] ${finding.id}: ${finding.title}`,
    `  ${finding.explanation}`,
  ];
  if (finding.condition !== undefined) lines.push(`  Possible when ${finding.condition.text}.`);
  if (finding.requests.length > 0) {
    const heading = finding.status === 'pass' ? '  Stopped by:' : '  Way out:';
    lines.push(heading, ...finding.requests.map(proofLine));
  }
  for (const note of finding.notes) lines.push(`  Note: ${note}`);
  const fix = finding.fix;
  if (fix !== undefined) {
    const where = fix.target.slot === 'permissionsBoundary' ? 'the boundary' : 'the identity policy';
    lines.push(`  Fix, to add to ${where} "${fix.target.policyName}": ${fix.description} (${fix.source})`);
    for (const line of JSON.stringify(fix.statements, null, 2).split('\n')) lines.push(`    ${line}`);
  }
  return lines;
}

/** The number of ways out: failing or possible checks that are not information only. */
export function waysOut(report: GuardrailReport): number {
  return report.findings.filter((f) => f.status !== 'pass' && f.severity !== 'info').length;
}

/** The report for people: one block per check, then a summary line (through `terminalLines`). */
export function guardrailsText(report: GuardrailReport): string {
  const lines: string[] = [];
  const subject = report.subject;
  if (subject !== null) lines.push(`Guardrails for ${subject.selfArn}, bounded by ${subject.boundaryArn}`);
  for (const note of report.notes) lines.push(`Note: ${note}`);
  for (const finding of report.findings) lines.push('', ...findingLines(finding));
  if (subject !== null) {
    const count = waysOut(report);
    lines.push('', count === 0 ? 'No way out found.' : `${count} way${count === 1 ? '' : 's'} out.`);
  }
  return terminalLines(lines);
}
