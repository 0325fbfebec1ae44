/**
 * What SDKs and the AWS CLI wrap around AWS's message: the error code and operation before it
 * (`An error occurred (AccessDenied) when calling the PutObject operation: …`, Go's
 * `operation error S3: PutObject, … api error AccessDenied: …`, JavaScript's
 * `AccessDeniedException: …`) and what follows it (Java's `(Service: …; Error Code: …)`, Go's
 * `status code: 403, request id: …`, EC2's `Encoded authorization failure message: …`, the
 * Access Troubleshooter's `Go to https://… authorization id: …`).
 */

import { asciiLower, firstToken, withoutTrailing } from './text';

/** The message proper and what its wrapping said. */
export interface Envelope {
  /** AWS's message without the SDK's prefix and suffixes. */
  readonly body: string;
  readonly errorCode?: string;
  readonly operation?: string;
  readonly encodedMessage?: string;
  readonly authorizationId?: string;
}

const CODE_WORDS = ['denied', 'unauthorized', 'exception', 'forbidden', 'error'];

/** A leading `Code: ` as JavaScript SDKs print it: one token of letters, digits and dots. */
function leadingCode(text: string): { code: string; rest: number } | null {
  const colon = text.indexOf(': ');
  if (colon <= 0 || colon > 64) return null;
  const token = text.slice(0, colon);
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
    if (!ok) return null;
  }
  const lower = asciiLower(token);
  return CODE_WORDS.some((word) => lower.includes(word)) ? { code: token, rest: colon + 2 } : null;
}

/** The prefix: error code, operation, and where the message starts. */
function readPrefix(text: string, lower: string): { start: number; errorCode?: string; operation?: string } {
  const cli = lower.indexOf('an error occurred (');
  if (cli >= 0) {
    const open = cli + 'an error occurred ('.length;
    const close = text.indexOf(')', open);
    if (close > open) {
      const errorCode = text.slice(open, close);
      const calling = ' when calling the ';
      let operation: string | undefined;
      let from = close;
      if (lower.startsWith(calling, close + 1)) {
        const end = lower.indexOf(' operation', close + 1 + calling.length);
        if (end > 0) {
          operation = text.slice(close + 1 + calling.length, end);
          from = end;
        }
      }
      const colon = text.indexOf(':', from);
      return { start: colon < 0 ? text.length : colon + 1, errorCode, ...(operation ? { operation } : {}) };
    }
  }
  const go = lower.indexOf('api error ');
  if (go >= 0) {
    const colon = text.indexOf(':', go);
    const errorCode = colon < 0 ? undefined : text.slice(go + 'api error '.length, colon);
    const op = lower.indexOf('operation error ');
    let operation: string | undefined;
    if (op >= 0 && op < go) {
      const serviceEnd = text.indexOf(': ', op);
      const comma = text.indexOf(',', serviceEnd);
      if (serviceEnd > 0 && comma > serviceEnd) operation = text.slice(serviceEnd + 2, comma);
    }
    return {
      start: colon < 0 ? text.length : colon + 1,
      ...(errorCode ? { errorCode } : {}),
      ...(operation ? { operation } : {}),
    };
  }
  const lead = leadingCode(text);
  return lead === null ? { start: 0 } : { start: lead.rest, errorCode: lead.code };
}

/** The token after `marker` in `text` (at `at`), without trailing punctuation. */
function tokenAfter(text: string, at: number, marker: string): string {
  return withoutTrailing(withoutTrailing(firstToken(text.slice(at + marker.length).trimStart()), ';,)'), '.');
}

/** Splits pasted text (already joined into one line) into the message and its wrapping. */
export function readEnvelope(text: string): Envelope {
  const lower = asciiLower(text);
  const prefix = readPrefix(text, lower);
  let body = text.slice(prefix.start).trim();
  let errorCode = prefix.errorCode;
  let encodedMessage: string | undefined;
  let authorizationId: string | undefined;
  const bodyLower = asciiLower(body);
  let cut = body.length;
  const cutAt = (index: number) => {
    if (index >= 0 && index < cut) cut = index;
  };

  const encoded = 'encoded authorization failure message:';
  const encodedAt = bodyLower.indexOf(encoded);
  if (encodedAt >= 0) {
    encodedMessage = tokenAfter(body, encodedAt, encoded);
    cutAt(encodedAt);
  }
  const java = bodyLower.indexOf(' (service: ');
  if (java >= 0) {
    const codeAt = bodyLower.indexOf('error code: ', java);
    if (codeAt >= 0 && errorCode === undefined) errorCode = tokenAfter(body, codeAt, 'error code: ');
    cutAt(java);
  }
  cutAt(bodyLower.indexOf(' status code: '));
  const idMarker = 'authorization id: ';
  const idAt = bodyLower.indexOf(idMarker);
  if (idAt >= 0) {
    authorizationId = tokenAfter(body, idAt, idMarker);
    cutAt(idAt);
  }
  cutAt(bodyLower.indexOf('go to https://'));
  body = body.slice(0, cut).trim();
  return {
    body,
    ...(errorCode ? { errorCode } : {}),
    ...(prefix.operation ? { operation: prefix.operation } : {}),
    ...(encodedMessage ? { encodedMessage } : {}),
    ...(authorizationId ? { authorizationId } : {}),
  };
}
