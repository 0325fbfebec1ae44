/**
 * Reading a scenario file for a command: the text, the AWS managed policies it names by ARN
 * alone (`{ "name": "ReadOnlyAccess", "arn": "arn:aws:iam::aws:policy/ReadOnlyAccess" }`, no
 * `document`) taken from the bundled library, and the validated scenario — or the one-line
 * reason it cannot be used.
 */

import {
  isAwsManagedPolicyArn,
  parseScenarioText,
  POLICY_SLOTS,
  type Diagnostic,
  type PolicyDocument,
  type Scenario,
} from '../engine';
import { loadManagedPoliciesFromDisk } from '../managed-policies/node';
import type { CliIo } from './io';

/** A usable scenario with every diagnostic found, or the problem to report. */
export type ScenarioFileResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly problem: string };

/** The `arn` of every policy given without a document that names an AWS managed policy. */
function managedArnsWithoutDocument(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return []; // The scenario parser reports the syntax error with its position.
  }
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const policies: unknown[] = [];
  for (const slot of POLICY_SLOTS) {
    const field = record[slot.field];
    if (slot.shape === 'single') policies.push(field);
    else if (slot.shape === 'list' && Array.isArray(field)) policies.push(...field);
    else if (slot.shape === 'levels' && Array.isArray(field)) {
      for (const level of field) {
        const list = (level as { policies?: unknown } | null)?.policies;
        if (Array.isArray(list)) policies.push(...list);
      }
    }
  }
  return policies.flatMap((policy) => {
    if (typeof policy !== 'object' || policy === null || 'document' in policy) return [];
    const arn = (policy as { arn?: unknown }).arn;
    return typeof arn === 'string' && isAwsManagedPolicyArn(arn) ? [arn] : [];
  });
}

/** The documents of `arns` from the bundled library (unknown ones are left out). */
async function managedDocuments(arns: readonly string[]): Promise<ReadonlyMap<string, PolicyDocument>> {
  const documents = new Map<string, PolicyDocument>();
  if (arns.length === 0) return documents;
  const library = await loadManagedPoliciesFromDisk();
  await Promise.all(
    arns.map(async (arn) => {
      const result = await library.document(arn);
      if (result.ok) documents.set(arn, result.value.document);
    }),
  );
  return documents;
}

/** The one line that says why a scenario cannot be used, at `diagnostic` (its first error). */
export function describeInvalid(file: string, diagnostic: Diagnostic): string {
  const { line, column } = diagnostic.range.start;
  if (diagnostic.code === 'scenario-json-syntax') {
    return `invalid JSON in ${file} at ${line}:${column}: ${diagnostic.message}`;
  }
  const path = diagnostic.path ?? '';
  const message = diagnostic.message.includes(path) ? diagnostic.message : `${path}: ${diagnostic.message}`;
  return `invalid scenario ${file} at ${line}:${column}: ${message}`;
}

/** Reads and validates the scenario file `file`. */
export async function readScenarioFile(file: string, io: CliIo): Promise<ScenarioFileResult> {
  const read = await io.readText(file);
  if (!read.ok) return { ok: false, problem: read.problem };
  const documents = await managedDocuments(managedArnsWithoutDocument(read.text));
  const parsed = parseScenarioText(read.text, { managedDocument: (arn) => documents.get(arn) });
  if (parsed.scenario === null) {
    const first = parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.diagnostics[0];
    return {
      ok: false,
      problem: first === undefined ? `invalid scenario ${file}` : describeInvalid(file, first),
    };
  }
  return { ok: true, scenario: parsed.scenario, diagnostics: parsed.diagnostics };
}
