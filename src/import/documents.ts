/**
 * Policy documents as the AWS CLI and API hand them out: a JSON object (the CLI decodes them),
 * or a string — URL-encoded JSON (RFC 3986) as the IAM API returns it, or plain JSON text.
 */

import { findTooDeep, inspectJsonValue, MAX_JSON_DEPTH, policyText } from '../engine';
import { MAX_IMPORT_DEPTH, nestedTooDeeply, numberTooLarge, unrepresentableNumber } from './jsonLimits';

/** A decoded document as pretty-printed text, or why it could not be read. */
export type DocumentRead =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A document as the editor shows policies (see `policyText`). */
export function prettyJson(value: unknown): string {
  return policyText(value);
}

/** A JSON object read from text; null when the text is not one; a reason when it cannot be imported. */
function parseObject(text: string): Record<string, unknown> | string | null {
  // A document is a policy: its own nesting limit applies (strings are not counted above).
  if (findTooDeep(text, MAX_JSON_DEPTH) >= 0) return `is ${nestedTooDeeply(MAX_JSON_DEPTH)}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  // The depth is checked above; what remains to find is a number too large.
  return inspectJsonValue(value, MAX_JSON_DEPTH).nonFiniteNumber
    ? numberTooLarge(unrepresentableNumber(text)?.raw ?? null)
    : value;
}

/** Pretty-printed text of a document read from JSON, or the reason it cannot be imported. */
function documentRead(object: Record<string, unknown> | string): DocumentRead {
  return typeof object === 'string' ? { ok: false, reason: object } : { ok: true, text: prettyJson(object) };
}

function urlDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

// Documented choice: AWS documents the IAM API's policy documents as URL-encoded per RFC 3986
// (%20 for a space); `+` is read as a space only when the RFC 3986 reading is not JSON.
/**
 * Reads a policy document value. A string starting with `%` is URL-decoded first; if that does
 * not give JSON and the string has `+`, it is tried again with `+` as a space (form encoding,
 * which some tools use although AWS documents RFC 3986). Never throws: a document nested too
 * deeply or holding a number too large for a double is refused with that reason.
 */
export function readPolicyDocument(value: unknown): DocumentRead {
  if (isRecord(value)) {
    const found = inspectJsonValue(value, MAX_IMPORT_DEPTH);
    if (found.tooDeep) return { ok: false, reason: `is ${nestedTooDeeply(MAX_IMPORT_DEPTH)}` };
    return documentRead(found.nonFiniteNumber ? numberTooLarge(null) : value);
  }
  if (typeof value !== 'string') {
    return {
      ok: false,
      reason: `is ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not a policy document`,
    };
  }
  const trimmed = value.trim();
  if (trimmed.startsWith('%')) {
    const decoded = urlDecode(trimmed);
    if (decoded === null) return { ok: false, reason: 'is not valid URL-encoded text' };
    const object =
      parseObject(decoded) ??
      (trimmed.includes('+') ? parseObject(urlDecode(trimmed.replace(/\+/g, ' ')) ?? '') : null);
    return object === null
      ? { ok: false, reason: 'is URL-encoded but does not decode to a JSON object' }
      : documentRead(object);
  }
  const object = parseObject(trimmed);
  return object === null
    ? { ok: false, reason: 'is neither a JSON object nor URL-encoded JSON' }
    : documentRead(object);
}
