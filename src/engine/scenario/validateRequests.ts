/** Validation of the scenario's `requests` array. */

import {
  LAYERS,
  type ContextValue,
  type Decision,
  type Layer,
  type Request,
  type RequestExpectation,
} from '../types';
import {
  describeType,
  isRecord,
  own,
  readOptionalString,
  readRequiredString,
  warnUnknownFields,
  type ProblemCollector,
} from './collector';
import type { PathSegment } from './path';
import { readArray } from './validatePolicies';

const REQUEST_FIELDS = new Set([
  'action',
  'resource',
  'resourceAccount',
  'context',
  'viaVpcEndpoint',
  'expect',
]);
const EXPECT_FIELDS = new Set(['decision', 'deniedBy']);
const DECISIONS: readonly Decision[] = ['Allowed', 'ExplicitDeny', 'ImplicitDeny'];
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

function readExpectation(
  value: unknown,
  at: readonly PathSegment[],
  problems: ProblemCollector,
): RequestExpectation | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    problems.report(
      'scenario-wrong-type',
      at,
      (path) => `${path} must be an object such as { "decision": "Allowed" }, not ${describeType(value)}`,
    );
    return undefined;
  }
  warnUnknownFields(value, EXPECT_FIELDS, at, problems);
  const decision = own(value, 'decision');
  if (typeof decision !== 'string' || !(DECISIONS as readonly string[]).includes(decision)) {
    problems.report(
      'scenario-expectation',
      [...at, 'decision'],
      (path) => `${path} must be one of ${DECISIONS.map((d) => `"${d}"`).join(', ')}`,
    );
    return undefined;
  }
  const deniedBy = own(value, 'deniedBy');
  if (deniedBy === undefined || deniedBy === null) return { decision: decision as Decision };
  if (typeof deniedBy !== 'string' || !(LAYERS as readonly string[]).includes(deniedBy)) {
    problems.report(
      'scenario-expectation',
      [...at, 'deniedBy'],
      (path) => `${path} must be one of ${LAYERS.map((l) => `"${l}"`).join(', ')}`,
    );
    return undefined;
  }
  return { decision: decision as Decision, deniedBy: deniedBy as Layer };
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
  const resourceAccount = readOptionalString(value, 'resourceAccount', at, problems) ?? undefined;
  if (resourceAccount !== undefined && !ACCOUNT_ID.test(resourceAccount)) {
    problems.report(
      'scenario-account-id',
      [...at, 'resourceAccount'],
      (path) => `${path} "${resourceAccount}" is not a 12-digit account id; it is compared as written`,
    );
  }
  const rawVia = own(value, 'viaVpcEndpoint');
  let viaVpcEndpoint: boolean | undefined;
  if (typeof rawVia === 'boolean') viaVpcEndpoint = rawVia;
  else if (rawVia !== undefined && rawVia !== null) {
    problems.report(
      'scenario-wrong-type',
      [...at, 'viaVpcEndpoint'],
      (path) => `${path} must be true or false, not ${describeType(rawVia)}`,
    );
  }
  const expect = readExpectation(own(value, 'expect'), [...at, 'expect'], problems);
  const context = readContext(own(value, 'context'), [...at, 'context'], problems);
  if (action === null || resource === null) return null;
  return {
    action,
    resource,
    ...(resourceAccount === undefined ? {} : { resourceAccount }),
    context,
    ...(viaVpcEndpoint === undefined ? {} : { viaVpcEndpoint }),
    ...(expect === undefined ? {} : { expect }),
  };
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
