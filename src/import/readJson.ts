/** Reads pasted JSON, turning a syntax error into a message with its line and column. */

import { createLineIndex, findTooDeep, inspectJsonValue, parseJson } from '../engine';
import { MAX_IMPORT_DEPTH, nestedTooDeeply, numberTooLarge, unrepresentableNumber } from './jsonLimits';
import type { ImportError } from './types';

/** The parsed value, or why the text is not JSON. */
export type JsonRead =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ImportError };

/** An error value at `offset` of `body`, with its line and column. */
function errorAt(body: string, offset: number, code: ImportError['code'], problem: string): JsonRead {
  const { line, column } = createLineIndex(body).positionAt(offset);
  return {
    ok: false,
    error: { code, message: `The input ${problem} (line ${line}, column ${column}).`, line, column },
  };
}

/**
 * Parses `text` as strict JSON (a leading byte-order mark is ignored). Never throws: text
 * nested deeper than {@link MAX_IMPORT_DEPTH} levels, or holding a number too large for a
 * double, is an error value that says where.
 */
export function readJson(text: string): JsonRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return {
      ok: false,
      error: { code: 'json-syntax', message: 'The input is empty: paste JSON output of the AWS CLI.' },
    };
  }
  const deep = findTooDeep(body, MAX_IMPORT_DEPTH);
  if (deep >= 0) return errorAt(body, deep, 'invalid', `is ${nestedTooDeeply(MAX_IMPORT_DEPTH)}`);
  let value: unknown;
  try {
    // The native parser is several times faster on megabytes of account details.
    value = JSON.parse(body);
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
  // The depth was checked on the text; what remains to find is a number too large.
  if (!inspectJsonValue(value, MAX_IMPORT_DEPTH).nonFiniteNumber) return { ok: true, value };
  const number = unrepresentableNumber(body);
  if (number !== null) return errorAt(body, number.offset, 'invalid', numberTooLarge(number.raw));
  return { ok: false, error: { code: 'invalid', message: `The input ${numberTooLarge(null)}.` } };
}
