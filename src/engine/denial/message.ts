/**
 * Reading an AccessDenied message as AWS prints it (docs/iam-semantics.md §5):
 * `User: <caller> is not authorized to perform: <action>[ on resource: <resource>] <reason>`,
 * with whatever an SDK or the AWS CLI wrapped around it, or a message without details
 * (S3's `Access Denied`, EC2's `You are not authorized to perform this operation.`).
 */

import { parseCaller } from '../match/principal';
import { readEnvelope, type Envelope } from './envelope';
import { readReason } from './reason';
import { asciiLower, clip, firstToken, joinLines, withoutTrailing } from './text';
import type { DenialParse, ParsedDenial } from './types';

/** Longest message text read; AWS's messages are a few hundred characters. */
export const MAX_MESSAGE_LENGTH = 100_000;

const CORE = ' is not authorized to perform';
const DENIAL_WORDS = ['access denied', 'accessdenied', 'not authorized', 'unauthorized', 'forbidden'];

/** The optional fields of a result taken from the envelope. */
function envelopeFields(envelope: Envelope) {
  return {
    ...(envelope.errorCode === undefined ? {} : { errorCode: envelope.errorCode }),
    ...(envelope.operation === undefined ? {} : { operation: envelope.operation }),
    ...(envelope.encodedMessage === undefined ? {} : { encodedMessage: envelope.encodedMessage }),
    ...(envelope.authorizationId === undefined ? {} : { authorizationId: envelope.authorizationId }),
  };
}

function envelopeNotes(envelope: Envelope): string[] {
  const notes: string[] = [];
  if (envelope.encodedMessage !== undefined) {
    notes.push(
      'EC2 encoded the details (the request context and the statements that decided it): `aws sts decode-authorization-message --encoded-message …` shows them.',
    );
  }
  if (envelope.authorizationId !== undefined) {
    notes.push(
      "The message has an authorization ID: AWS's GetRequestAuthorizationDetails API returns the policies AWS evaluated.",
    );
  }
  return notes;
}

/** A message that says the request was denied but not by whom or why. */
function withoutDetails(envelope: Envelope): ParsedDenial {
  const operation = envelope.operation === undefined ? '' : ` (the ${envelope.operation} operation)`;
  return {
    ok: true,
    source: 'message',
    principal: null,
    action: null,
    resource: '*',
    context: {},
    said: { decision: null, layer: null },
    ...envelopeFields(envelope),
    notes: [
      `AWS's message gives no details${operation}: no caller, action or policy type. S3 prints only "Access Denied" to callers outside the bucket owner's account or organization; the request's CloudTrail event names the caller and the action.`,
      ...envelopeNotes(envelope),
    ],
  };
}

/** The caller named before " is not authorized to perform", and notes about it. */
function readCaller(before: string): { principal: string | null; notes: string[] } {
  const trimmed = before.trimEnd();
  const space = trimmed.lastIndexOf(' ');
  const principal = trimmed.slice(space + 1);
  if (principal === '' || asciiLower(principal) === 'user:' || asciiLower(principal) === 'user') {
    return { principal: null, notes: ['The message names no caller.'] };
  }
  const notes: string[] = [];
  if (asciiLower(principal) === 'anonymous') {
    notes.push(
      'The caller is anonymous (an unsigned request); the playground evaluates signed callers only.',
    );
  } else {
    const parsed = parseCaller(principal);
    if (!parsed.ok) notes.push(`The caller cannot be a scenario's principal as written: ${parsed.error}`);
  }
  return { principal, notes };
}

/** The resource after the action: `on resource: <arn>`, `on resource: "<arn>"` (S3), `on this resource` (KMS). */
function readResource(rest: string): { resource: string; rest: string; notes: string[] } {
  const lower = asciiLower(rest);
  for (const lead of ['on resource: ', 'on resource ']) {
    if (!lower.startsWith(lead)) continue;
    const after = rest.slice(lead.length).trimStart();
    if (after.startsWith('"')) {
      const close = after.indexOf('"', 1);
      const end = close < 0 ? after.length : close;
      return { resource: after.slice(1, end), rest: after.slice(end + 1), notes: [] };
    }
    const token = firstToken(after);
    const atEnd = token.length === after.length;
    return {
      resource: atEnd ? withoutTrailing(token, '.') : token,
      rest: after.slice(token.length),
      notes: [],
    };
  }
  if (lower.startsWith('on this resource')) {
    return {
      resource: '*',
      rest: rest.slice('on this resource'.length),
      notes: [
        'The message says "on this resource" without naming it: give the key ARN as the request\'s resource.',
      ],
    };
  }
  return { resource: '*', rest, notes: [] };
}

/** Parses an AccessDenied message. Never throws; text that is not one gets a one-line reason. */
export function parseDenialMessage(input: string): DenialParse {
  if (input.length > MAX_MESSAGE_LENGTH) {
    return {
      ok: false,
      reason: `The text is ${input.length} characters long; a message has at most ${MAX_MESSAGE_LENGTH}.`,
    };
  }
  const text = joinLines(input.startsWith('\uFEFF') ? input.slice(1) : input);
  if (text === '')
    return { ok: false, reason: 'The text is empty: paste an AccessDenied message or a CloudTrail event.' };
  const envelope = readEnvelope(text);
  const body = envelope.body;
  const core = asciiLower(body).indexOf(CORE);
  if (core < 0) {
    const lower = asciiLower(text);
    if (DENIAL_WORDS.some((word) => lower.includes(word))) return withoutDetails(envelope);
    return {
      ok: false,
      reason: `Not an AccessDenied message: no "User: … is not authorized to perform: …" and no "Access Denied" in "${clip(text, 60)}".`,
    };
  }
  const caller = readCaller(body.slice(0, core));
  let after = body.slice(core + CORE.length);
  if (after.startsWith(':')) after = after.slice(1);
  after = after.trimStart();
  const actionToken = withoutTrailing(firstToken(after), '.,;');
  const notes = [...caller.notes];
  let action: string | null = actionToken;
  if (!actionToken.includes(':')) {
    action = null;
    notes.push(
      `The message names no IAM action (service:Action) after "is not authorized to perform": "${clip(actionToken)}".`,
    );
  }
  const resource = readResource(after.slice(actionToken.length).trimStart());
  // Without an action the sentence is not AWS's template, so its tail is no reason to read.
  const reason =
    action === null
      ? { said: { decision: null, layer: null }, notes: [] }
      : readReason(resource.rest, action);
  return {
    ok: true,
    source: 'message',
    principal: caller.principal,
    action,
    resource: resource.resource,
    context: {},
    said: reason.said,
    ...envelopeFields(envelope),
    notes: [...notes, ...resource.notes, ...reason.notes, ...envelopeNotes(envelope)],
  };
}
