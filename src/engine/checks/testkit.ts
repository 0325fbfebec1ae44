/** Helpers for the checks' tests: documents as JSON, read and validated. Used only by tests. */

import { readCheckedDocument, type CheckedDocument, type CheckPolicyType } from './documents';

/** A statement or document as plain JSON. */
export type Json = Record<string, unknown>;

/** `statements` as a 2012-10-17 document, read as `type`. Throws on an invalid document (a test bug). */
export function checked(type: CheckPolicyType, ...statements: Json[]): CheckedDocument {
  return checkedText(type, JSON.stringify({ Version: '2012-10-17', Statement: statements }));
}

/** A document's text, read as `type`. */
export function checkedText(type: CheckPolicyType, text: string): CheckedDocument {
  const read = readCheckedDocument(text, type);
  if (!read.ok) throw new Error(read.error.message);
  return read.document;
}
