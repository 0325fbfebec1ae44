/**
 * JSON arguments given as the AWS CLI takes them (`--policy-document`, `--access`): the JSON
 * text itself, `file://path`, or — a convenience the AWS CLI does not offer — a plain path.
 */

import type { CliIo } from './io';

/** The text, or the one-line problem. */
export type ArgText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

/**
 * The JSON text an argument stands for: `file://path` reads the file; a value starting with
 * `{` or `[` (after spaces) is the JSON itself; anything else is read as a file path.
 */
export async function readJsonArg(flag: string, value: string, io: CliIo): Promise<ArgText> {
  if (value === '') return { ok: false, problem: `--${flag} is required` };
  const start = value.trimStart()[0];
  if (!value.startsWith('file://') && (start === '{' || start === '[')) return { ok: true, text: value };
  const read = await io.readText(value.startsWith('file://') ? value.slice('file://'.length) : value);
  return read.ok ? read : { ok: false, problem: `--${flag}: ${read.problem}` };
}
