/**
 * The request context a CloudTrail event records, as global condition keys
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 */

import type { ContextValue } from '../types';
import { objectAt, stringAt, type JsonObject } from './eventCaller';

/** Whether `text` is written as an IPv4 or IPv6 address (not a service name such as `s3.amazonaws.com`). */
export function isIpAddress(text: string): boolean {
  if (text.length > 45) return false;
  let dots = 0;
  let colons = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) dots++;
    else if (c === 58) colons++;
    else if (!(c >= 48 && c <= 57) && !(c >= 97 && c <= 102) && !(c >= 65 && c <= 70)) return false;
  }
  if (colons >= 2) return true;
  // IPv4: digits only between three dots.
  return colons === 0 && dots === 3 && !/[a-f]/i.test(text);
}

/** The context keys of an event, and notes on what was left out. */
export interface EventContext {
  readonly context: Record<string, ContextValue>;
  readonly viaVpcEndpoint?: true;
  readonly notes: readonly string[];
}

/** Reads the keys an event records. */
export function contextOfEvent(event: JsonObject): EventContext {
  const context: Record<string, ContextValue> = {};
  const notes: string[] = [];
  const set = (key: string, value: string | null) => {
    if (value !== null) context[key] = value;
  };
  const source = stringAt(event, 'sourceIPAddress');
  if (source !== null && isIpAddress(source)) context['aws:SourceIp'] = source;
  else if (source !== null) {
    notes.push(
      `The request came from "${source.slice(0, 64)}", not an IP address, so aws:SourceIp is not set.`,
    );
  }
  set('aws:RequestedRegion', stringAt(event, 'awsRegion'));
  set('aws:CurrentTime', stringAt(event, 'eventTime'));
  set('aws:UserAgent', stringAt(event, 'userAgent'));
  const session = objectAt(objectAt(event, 'userIdentity'), 'sessionContext');
  const attributes = objectAt(session, 'attributes');
  set('aws:MultiFactorAuthPresent', stringAt(attributes, 'mfaAuthenticated'));
  set('aws:TokenIssueTime', stringAt(attributes, 'creationDate'));
  set('aws:SourceIdentity', stringAt(session, 'sourceIdentity'));
  const endpoint = stringAt(event, 'vpcEndpointId');
  set('aws:SourceVpce', endpoint);
  return { context, ...(endpoint === null ? {} : { viaVpcEndpoint: true as const }), notes };
}
