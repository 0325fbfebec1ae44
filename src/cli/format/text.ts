/** The `--format text` output of `eval`: a short human summary per request. */

import {
  describeLayer,
  describeReason,
  type AllowBasis,
  type Diagnostic,
  type EvaluationResult,
  type PolicyTrace,
  type StatementTrace,
} from '../../engine';
import { terminalLines } from './terminal';

const ALLOW_BASIS: Record<AllowBasis, string> = {
  'always-allowed': 'AWS always allows this action for this caller, whatever the policies say',
  'root-user': 'the root user has full access in its own account',
  identity: 'identity-based policies allow it',
  'resource-policy': 'the resource-based policy allows it',
  'identity-and-resource-policy': 'identity-based policies and the resource-based policy allow it',
};

function formatDiagnostic(diagnostic: Diagnostic): string {
  const where =
    `${diagnostic.path ?? ''} ${diagnostic.range.start.line}:${diagnostic.range.start.column}`.trim();
  return `  ${diagnostic.severity} ${where} [${diagnostic.code}] ${diagnostic.message}`;
}

/** A policy of a trace as people name it: its layer, name and SCP/RCP level. */
export function policyLabel(policy: PolicyTrace): string {
  const level = policy.level === undefined ? '' : ` @ ${policy.level}`;
  return `${describeLayer(policy.layer)} "${policy.policyName}"${level}`;
}

/** One statement of a trace: position, Sid, line, Effect, and whether it matched (or why not). */
export function describeStatement(statement: StatementTrace): string {
  const sid = statement.sid === null ? '' : ` "${statement.sid}"`;
  const head = `statement ${statement.index}${sid} (line ${statement.range.start.line}) ${statement.effect}`;
  return `${head}: ${statement.reason === null ? 'matches' : `no match: ${describeReason(statement.reason)}`}`;
}

function formatTrace(trace: readonly PolicyTrace[]): string[] {
  const lines: string[] = [];
  for (const policy of trace) {
    lines.push(`    ${policyLabel(policy)}${policy.statements.length === 0 ? ': no usable statements' : ''}`);
    for (const statement of policy.statements) {
      lines.push(`      ${statement.matched ? '+' : '-'} ${describeStatement(statement)}`);
    }
  }
  return lines;
}

function formatResult(result: EvaluationResult, position: number, extra: readonly string[]): string[] {
  const lines = [`Request ${position}: ${result.action} on ${result.resource}`];
  if (result.decision === 'Allowed') {
    const basis = result.allowedBy === null ? '' : ` (${ALLOW_BASIS[result.allowedBy]})`;
    lines.push(`  Decision: Allowed${basis}`);
  } else {
    const layers = result.deniedByAll.map(describeLayer).join(', ');
    lines.push(`  Decision: ${result.decision} by ${layers}`);
    if (result.message !== null) lines.push(`  Message: ${result.message}`);
  }
  if (result.missingContextKeys.length > 0) {
    lines.push(`  Context keys tested but not given: ${result.missingContextKeys.join(', ')}`);
  }
  if (result.trace.length > 0) lines.push('  Statements:', ...formatTrace(result.trace));
  return [...lines, ...extra];
}

/**
 * The whole text report: diagnostics first (when any), then one block per request ending with
 * `extra(index)` (the fixes of `eval --fixes`), blocks apart by an empty line. Names and values
 * come from the scenario file, so every line is printed through {@link terminalLines}: no value
 * can add a line or a terminal escape.
 */
export function formatText(
  results: readonly EvaluationResult[],
  diagnostics: readonly Diagnostic[],
  extra: (index: number) => readonly string[] = () => [],
): string {
  const blocks: string[][] = [];
  if (diagnostics.length > 0) blocks.push(['Diagnostics:', ...diagnostics.map(formatDiagnostic)]);
  if (results.length === 0) blocks.push(['The scenario has no requests.']);
  results.forEach((result, index) => blocks.push(formatResult(result, index + 1, extra(index))));
  return terminalLines(blocks.flatMap((block, index) => (index === 0 ? block : ['', ...block])));
}
