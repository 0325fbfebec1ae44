/**
 * Export to the engine's scenario file (`Scenario`, version 1), the format
 * `npx iam-playground eval file.json` reads: every document inlined.
 */

import { mapPolicySlots, type NamedPolicy, type PolicyDocument, type Scenario } from '../engine';
import type { PolicySource, ScenarioDraft } from '../import/types';
import { losslessObject } from './json';
import { NO_MANAGED_DOCUMENTS, type ManagedDocumentLookup } from './sources';

/** The scenario, or the managed policies whose documents were not available. */
export type ScenarioExport =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly missing: readonly string[]; readonly message: string };

/** The JSON text, or why it could not be written. */
export type ScenarioJsonExport =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly missing: readonly string[]; readonly message: string };

// Documented choice: a typed document is written as a JSON object only when that is lossless
// (JSON.stringify of the parsed object equals the text without whitespace); otherwise as text.
/**
 * A typed text becomes its object when nothing would be lost, so the file is readable JSON
 * rather than a string full of `\n` and `\"`; any other text (duplicate keys, `1.0`, invalid
 * JSON the person is still fixing) is kept exactly as typed.
 */
function documentOf(source: PolicySource, lookup: ManagedDocumentLookup, missing: string[]): PolicyDocument {
  if ('text' in source) return losslessObject(source.text) ?? source.text;
  const document = lookup(source.managedArn);
  if (document === undefined) {
    missing.push(source.managedArn);
    return '';
  }
  return typeof document === 'string' ? (losslessObject(document) ?? document) : document;
}

/**
 * Resolves every source of `draft` into a `Scenario`. Managed references need their documents
 * from `lookup` (see `preloadManagedDocuments`); any that are missing make this fail.
 */
export function resolveScenario(
  draft: ScenarioDraft,
  lookup: ManagedDocumentLookup = NO_MANAGED_DOCUMENTS,
): ScenarioExport {
  const missing: string[] = [];
  // An AWS managed policy keeps its ARN beside its document, so the file says where it came from.
  const named = (source: PolicySource): NamedPolicy => ({
    name: source.name,
    ...('managedArn' in source ? { arn: source.managedArn } : {}),
    document: documentOf(source, lookup, missing),
  });
  const issuer = draft.sessionIssuer;
  const scenario: Scenario = {
    version: 1,
    principal: draft.principal,
    ...(issuer === undefined || issuer === '' ? {} : { sessionIssuer: issuer }),
    ...(draft.organization === undefined ? {} : { organization: draft.organization }),
    ...mapPolicySlots(draft, named),
    requests: draft.requests.map((request) => ({ ...request })),
  };
  if (missing.length > 0) {
    const list = [...new Set(missing)];
    return {
      ok: false,
      missing: list,
      message: `The documents of these managed policies are not available: ${list.join(', ')}`,
    };
  }
  return { ok: true, scenario };
}

/** The scenario file: pretty JSON (2-space indent, trailing newline) with every document inlined. */
export function scenarioToJson(
  draft: ScenarioDraft,
  lookup: ManagedDocumentLookup = NO_MANAGED_DOCUMENTS,
): ScenarioJsonExport {
  const resolved = resolveScenario(draft, lookup);
  return resolved.ok ? { ok: true, text: `${JSON.stringify(resolved.scenario, null, 2)}\n` } : resolved;
}
