/** A `--…-policy-document` argument read and checked for an Access Analyzer-style check. */

import { readCheckedDocument, type CheckedDocument, type CheckPolicyType } from '../engine';
import { readJsonArg } from './documentArg';
import type { CliIo } from './io';

/** The checked document, or the one-line problem. */
export type PolicyDocumentArg =
  | { readonly ok: true; readonly document: CheckedDocument }
  | { readonly ok: false; readonly problem: string };

/** Reads the policy `--flag` gives and validates it as a policy of `type`. */
export async function readPolicyDocumentArg(
  flag: string,
  value: string,
  type: CheckPolicyType,
  io: CliIo,
): Promise<PolicyDocumentArg> {
  const text = await readJsonArg(flag, value, io);
  if (!text.ok) return text;
  const read = readCheckedDocument(text.text, type);
  if (read.ok) return read;
  const { line, column } = read.error.range.start;
  return { ok: false, problem: `--${flag}: invalid policy at ${line}:${column}: ${read.error.message}` };
}
