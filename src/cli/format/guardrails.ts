/** The output of `guardrails`: the report as JSON, or as text for a terminal. */

import type { GuardrailFinding, GuardrailProof, GuardrailReport } from '../../engine';

/**
 * Text from a scenario made safe for a terminal: control characters (C0 and C1, DEL, line
 * breaks) and the bidirectional overrides that reorder what a terminal shows are written as
 * `\u{…}` escapes. Every line of the text report goes through it.
 * TODO(lead): point this at the control-character escaping of `format/text.ts` once merged.
 */
export function terminalSafe(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += isUnsafe(code) ? `\\u{${code.toString(16)}}` : char;
  }
  return out;
}

/** Bidirectional marks and overrides (Trojan Source), which reorder what a terminal shows. */
const BIDI = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

function isUnsafe(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || BIDI.has(code);
}

/** The report as pretty-printed JSON (results with their traces). */
export function guardrailsJson(report: GuardrailReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
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

/** The report for people: one block per check, then a summary line. */
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
  return `${lines.map(terminalSafe).join('\n')}\n`;
}
