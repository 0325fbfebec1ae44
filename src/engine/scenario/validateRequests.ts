/** Validation of the scenario's `requests` array. */

import type { ContextValue, Request } from '../types';
import {
  describeType,
  isRecord,
  own,
  readRequiredString,
  warnUnknownFields,
  type ProblemCollector,
} from './collector';
import type { PathSegment } from './path';
import { readArray } from './validatePolicies';

const REQUEST_FIELDS = new Set(['action', 'resource', 'resourceAccount', 'context']);
const ACCOUNT_ID = /^\d{12}$/;

/** One context value as text, or null (reported) when it cannot be one. */
function readScalar(value: unknown, at: readonly PathSegment[], problems: ProblemCollector): string | null {
  if (typeof value === 'string') return value;
  // Documented choice: numbers and booleans are accepted as their text (people write `true`
  // for `aws:SecureTransport`) with a warning, since AWS's request context carries strings.
  if (typeof value === 'number' || typeof value === 'boolean') {
    problems.report(
      'scenario-context-coerced',
      at,
      (path) => `${path} is ${describeType(value)}; it is used as the text "${String(value)}"`,
    );
    return String(value);
  }
  problems.report(
    'scenario-wrong-type',
    at,
    (path) => `${path} must be a string or an array of strings, not ${describeType(value)}`,
  );
  return null;
}

function readContext(
  value: unknown,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  if (value === undefined || value === null) return out;
  if (!isRecord(value)) {
    problems.report(
      'scenario-wrong-type',
      segments,
      (path) => `${path} must be an object of context keys, not ${describeType(value)}`,
    );
    return out;
  }
  for (const key of Object.keys(value)) {
    const raw = value[key];
    const at = [...segments, key];
    if (Array.isArray(raw)) {
      const values: string[] = [];
      raw.forEach((item, index) => {
        const text = readScalar(item, [...at, index], problems);
        if (text !== null) values.push(text);
      });
      defineOwn(out, key, values);
    } else {
      const text = readScalar(raw, at, problems);
      if (text !== null) defineOwn(out, key, text);
    }
  }
  return out;
}

/** Assigns without invoking the `__proto__` setter, so a context key named that stays a key. */
function defineOwn(target: Record<string, ContextValue>, key: string, value: ContextValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function readRequest(value: unknown, at: readonly PathSegment[], problems: ProblemCollector): Request | null {
  if (!isRecord(value)) {
    problems.report(
      'scenario-wrong-type',
      at,
      (path) => `${path} must be an object with "action" and "resource", not ${describeType(value)}`,
    );
    return null;
  }
  warnUnknownFields(value, REQUEST_FIELDS, at, problems);
  const action = readRequiredString(value, 'action', at, problems);
  const resource = readRequiredString(value, 'resource', at, problems);
  const rawAccount = own(value, 'resourceAccount');
  let resourceAccount: string | undefined;
  if (rawAccount !== undefined) {
    if (typeof rawAccount === 'string' && ACCOUNT_ID.test(rawAccount)) resourceAccount = rawAccount;
    else {
      problems.report(
        'scenario-resource-account',
        [...at, 'resourceAccount'],
        (path) => `${path} must be a 12-digit account id`,
      );
    }
  }
  const context = readContext(own(value, 'context'), [...at, 'context'], problems);
  if (action === null || resource === null) return null;
  return resourceAccount === undefined
    ? { action, resource, context }
    : { action, resource, resourceAccount, context };
}

/** Reads `requests` (absent ⇒ []); requests with errors are dropped (and reported). */
export function readRequests(
  value: unknown,
  segments: readonly PathSegment[],
  problems: ProblemCollector,
): Request[] {
  const out: Request[] = [];
  readArray(value, segments, problems).forEach((item, index) => {
    const request = readRequest(item, [...segments, index], problems);
    if (request !== null) out.push(request);
  });
  return out;
}
