/** Reads pasted JSON, turning a syntax error into a message with its line and column. */

import { createLineIndex, parseJson } from '../engine';
import type { ImportError } from './types';

/** The parsed value, or why the text is not JSON. */
export type JsonRead =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ImportError };

/** Parses `text` as strict JSON (a leading byte-order mark is ignored). Never throws. */
export function readJson(text: string): JsonRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return {
      ok: false,
      error: { code: 'json-syntax', message: 'The input is empty: paste JSON output of the AWS CLI.' },
    };
  }
  try {
    // The native parser is several times faster on megabytes of account details.
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    // Only now pay for the position-aware parser, to say where the problem is.
    const first = parseJson(body).errors[0];
    if (first === undefined) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'json-syntax', message: `The input is not valid JSON: ${reason}` } };
    }
    const { line, column } = createLineIndex(body).positionAt(first.offset);
    return {
      ok: false,
      error: {
        code: 'json-syntax',
        message: `The input is not valid JSON (line ${line}, column ${column}): ${first.message}`,
        line,
        column,
      },
    };
  }
}
