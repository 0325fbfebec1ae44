/**
 * Reading a CloudTrail event of a denied request: the caller from `userIdentity`, the action from
 * `eventSource` and `eventName`, the resource from `requestParameters` or `resources`, context
 * keys from the event's fields, and AWS's own words from `errorMessage`
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html).
 */

import { actionOfEvent } from './eventAction';
import { callerOfEvent, objectAt, stringAt, type JsonObject } from './eventCaller';
import { contextOfEvent } from './eventContext';
import { parseDenialMessage } from './message';
import { asciiLower, clip } from './text';
import type { DenialParse, ParsedDenial } from './types';

const DENIAL_CODES = ['accessdenied', 'unauthorized', 'authorizationerror', 'forbidden'];

/** Whether an event's errorCode is an access-denied one (AccessDenied, Client.UnauthorizedOperation…). */
export function isAccessDeniedCode(code: string): boolean {
  const lower = asciiLower(code);
  return DENIAL_CODES.some((word) => lower.includes(word));
}

/** Request parameters that hold the resource's ARN in some services' events. */
const ARN_PARAMETERS = [
  'roleArn',
  'keyId',
  'secretId',
  'functionName',
  'topicArn',
  'resourceArn',
  'policyArn',
];

/** The resource: S3's bucketName/key, an ARN-valued parameter, else the first of `resources`. */
function resourceOfEvent(
  event: JsonObject,
  prefix: string,
  partition: string,
): { resource: string; account?: string; note: string | null } {
  const parameters = objectAt(event, 'requestParameters');
  const listed = Array.isArray(event.resources) ? (event.resources as unknown[]) : [];
  const accountOf = (arn: string) => {
    for (const entry of listed) {
      const record = typeof entry === 'object' && entry !== null ? (entry as JsonObject) : null;
      if (stringAt(record, 'ARN') === arn) return stringAt(record, 'accountId') ?? undefined;
    }
    return undefined;
  };
  const withAccount = (resource: string, note: string | null) => {
    const account = accountOf(resource);
    return account === undefined ? { resource, note } : { resource, account, note };
  };
  const bucket = stringAt(parameters, 'bucketName');
  if (prefix === 's3' && bucket !== null) {
    const key = stringAt(parameters, 'key');
    return withAccount(`arn:${partition}:s3:::${bucket}${key === null ? '' : `/${key}`}`, null);
  }
  for (const name of ARN_PARAMETERS) {
    const value = stringAt(parameters, name);
    if (value?.startsWith('arn:')) return withAccount(value, null);
  }
  const arns = listed.flatMap((entry) => {
    const arn = typeof entry === 'object' && entry !== null ? stringAt(entry as JsonObject, 'ARN') : null;
    return arn === null ? [] : [arn];
  });
  if (arns.length > 0) {
    const more = arns.length > 1 ? `The event lists ${arns.length} resources; the first is used.` : null;
    return withAccount(arns[0] as string, more);
  }
  return {
    resource: '*',
    note: 'The event names no resource, so the request uses "*": give the resource ARN if the action takes one.',
  };
}

/** The event to read: the object itself, or the first access-denied one of a log file or lookup. */
function pickEvent(value: unknown): { event: JsonObject; notes: string[] } | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'A CloudTrail event is a JSON object.' };
  }
  const record = value as JsonObject;
  // A log file holds `Records`; `aws cloudtrail lookup-events` prints `Events` with the event as text.
  const list = Array.isArray(record.Records)
    ? (record.Records as unknown[])
    : Array.isArray(record.Events)
      ? (record.Events as unknown[]).map((entry) => {
          const text = stringAt(typeof entry === 'object' ? (entry as JsonObject) : null, 'CloudTrailEvent');
          try {
            return text === null ? entry : (JSON.parse(text) as unknown);
          } catch {
            return entry;
          }
        })
      : null;
  if (list === null) return { event: record, notes: [] };
  const denied = list.filter((entry): entry is JsonObject => {
    const code = stringAt(typeof entry === 'object' ? (entry as JsonObject) : null, 'errorCode');
    return code !== null && isAccessDeniedCode(code);
  });
  const first = denied[0];
  if (first === undefined) return { problem: `None of the ${list.length} events is an access-denied one.` };
  const notes =
    denied.length > 1
      ? [`${denied.length} of the ${list.length} events are access-denied ones; the first is read.`]
      : [];
  return { event: first, notes };
}

/** Parses a CloudTrail event (or a log file's `Records`, or `lookup-events` output). Never throws. */
export function parseCloudTrailEvent(value: unknown): DenialParse {
  const picked = pickEvent(value);
  if ('problem' in picked) return { ok: false, reason: picked.problem };
  const { event } = picked;
  const errorCode = stringAt(event, 'errorCode');
  if (errorCode === null) {
    return { ok: false, reason: 'The event has no errorCode: it records a request AWS did not deny.' };
  }
  if (!isAccessDeniedCode(errorCode)) {
    return {
      ok: false,
      reason: `The event's errorCode is "${clip(errorCode, 60)}", not an access-denied one (AccessDenied, AccessDeniedException, UnauthorizedOperation…).`,
    };
  }
  const notes = [...picked.notes];
  const caller = callerOfEvent(event);
  notes.push(...caller.notes);
  const partition = caller.principal?.split(':')[1] ?? 'aws';
  const source = stringAt(event, 'eventSource');
  const name = stringAt(event, 'eventName');
  const mapped = source === null || name === null ? null : actionOfEvent(source, name);
  if (mapped === null) notes.push('The event has no eventSource or eventName, so no action.');
  else if (mapped.note !== null) notes.push(mapped.note);
  const prefix = mapped?.action.split(':')[0] ?? '';
  const found = resourceOfEvent(event, prefix, partition);
  if (found.note !== null) notes.push(found.note);
  const context = contextOfEvent(event);
  notes.push(...context.notes);

  let action = mapped?.action ?? null;
  let resource = found.resource;
  let said: ParsedDenial['said'] = { decision: null, layer: null };
  const errorMessage = stringAt(event, 'errorMessage');
  if (errorMessage === null) notes.push('The event has no errorMessage, so AWS named no policy type.');
  else {
    const message = parseDenialMessage(errorMessage);
    if (!message.ok || (message.action === null && message.principal === null)) {
      notes.push(`The event's errorMessage names no policy type: "${clip(errorMessage)}".`);
    } else {
      said = message.said;
      notes.push(...message.notes);
      // AWS's message names the action and resource it authorized: they win over the event's.
      if (message.action !== null && action !== null && asciiLower(message.action) !== asciiLower(action)) {
        notes.push(
          `AWS's message names the ${message.action} action (the event's operation read as ${action}).`,
        );
      }
      action = message.action ?? action;
      if (message.resource !== '*') resource = message.resource;
    }
  }
  return {
    ok: true,
    source: 'cloudtrail',
    principal: caller.principal,
    ...(caller.sessionIssuer === undefined ? {} : { sessionIssuer: caller.sessionIssuer }),
    action,
    resource,
    ...(found.account === undefined || resource !== found.resource ? {} : { resourceAccount: found.account }),
    context: context.context,
    ...(context.viaVpcEndpoint ? { viaVpcEndpoint: true } : {}),
    said,
    errorCode,
    ...(name === null ? {} : { operation: name }),
    notes,
  };
}
