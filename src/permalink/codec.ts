/**
 * The permalink codec: `SharedState` ⇄ the URL fragment `s=1.<base64url>`. Pure and versioned;
 * decoding validates everything and never throws, whatever the input.
 */
import { deflateSync } from 'fflate';

import { decodeBase64Url, encodeBase64Url } from './base64url';
import { FORMAT_1_DICTIONARY } from './dictionary';
import { decodeFailure, type DecodeResult, type PermalinkError } from './errors';
import { inflateBounded } from './inflate';
import { CURRENT_FORMAT, isLegacyHash, migrate, parseLegacyHash } from './migrations';
import type { SharedState } from './schema';
import { decodeUtf8, encodeUtf8 } from './utf8';
import { readWirePayload } from './validate';
import { toWirePayload } from './wire';

/** Longest fragment `decodePermalink` looks at (about 10 MB); longer ones are refused unread. */
export const MAX_HASH_LENGTH = 10_000_000;

/** Largest decompressed payload, in bytes (5 MiB); decoding stops as soon as it is passed. */
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Longest whole URL the app offers to copy. Chromium accepts 2 MB URLs and Firefox and Safari
 * far more, but chat apps, mail clients and servers' logs cut long links; 32 000 characters is
 * what the TypeScript playground and others settled on as "still shareable".
 */
export const MAX_LINK_LENGTH = 32_000;

const STATE_PREFIX = 's=';

/**
 * Encodes a state as the URL fragment WITHOUT `#`: `s=1.` + base64url of the raw-deflated JSON
 * (with the format's preset dictionary) of the fields that differ from `DEFAULT_SHARED_STATE`. Deterministic: equal states give equal links.
 */
export function encodePermalink(state: SharedState): string {
  const json = JSON.stringify(toWirePayload(state, true));
  const compressed = deflateSync(encodeUtf8(json), { level: 9, dictionary: FORMAT_1_DICTIONARY });
  return `${STATE_PREFIX}${CURRENT_FORMAT}.${encodeBase64Url(compressed)}`;
}

/** Length of the fragment `#s=1.…` that `state` encodes to, for the "Copy link" button. */
export function permalinkLength(state: SharedState): number {
  return 1 + encodePermalink(state).length;
}

/**
 * True when a URL of `urlLength` characters (origin + path + fragment) is too long to share
 * reliably; pass `location.origin.length + location.pathname.length + permalinkLength(state)`.
 */
export function isLinkTooLong(urlLength: number): boolean {
  return urlLength > MAX_LINK_LENGTH;
}

const damaged = (detail: string): DecodeResult =>
  decodeFailure('malformed', `This link is damaged: ${detail}.`);

/** Reads the payload of a validated, migrated JSON value into a result. */
function finish(payload: unknown, version: number): DecodeResult {
  const result = readWirePayload(migrate(payload, version));
  if (!result.ok) {
    const { path, problem } = result.problem;
    return decodeFailure('invalid-payload', `This link is damaged: ${path} ${problem}.`);
  }
  return version < CURRENT_FORMAT
    ? { ok: true, state: result.state, migratedFrom: version }
    : { ok: true, state: result.state };
}

function decodeStateForm(body: string): DecodeResult {
  const dot = body.indexOf('.');
  const versionText = dot < 0 ? '' : body.slice(STATE_PREFIX.length, dot);
  if (!/^\d{1,6}$/.test(versionText)) return damaged('it has no format version (expected s=1.…)');
  const version = Number(versionText);
  if (version > CURRENT_FORMAT) {
    return decodeFailure(
      'unsupported-version',
      `This link was made by a newer version of the playground (link format ${version}); this ` +
        `version reads formats up to ${CURRENT_FORMAT}. Reload the page to get the latest version.`,
    );
  }
  // Format 0 only ever existed as the legacy `policy=…&boundary=…` form.
  if (version < 1) return damaged(`format ${version} has no s= form`);
  const bytes = decodeBase64Url(body.slice(dot + 1));
  if (bytes === null) return damaged('its data is not valid base64url (was the whole link copied?)');
  // Only format 1 gets here; a format 2 with another dictionary would pick it by version.
  const inflated = inflateBounded(bytes, MAX_PAYLOAD_BYTES, FORMAT_1_DICTIONARY);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? decodeFailure(
          'too-large',
          `This link is too large to open: it unpacks to more than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB.`,
        )
      : damaged('its data is cut short or corrupted (was the whole link copied?)');
  }
  const json = decodeUtf8(inflated.bytes);
  if (json === null) return damaged('its data is not valid text');
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return damaged('its data is not valid JSON');
  }
  return finish(payload, version);
}

function decodeLegacyForm(body: string): DecodeResult {
  const legacy = parseLegacyHash(body);
  if ('damaged' in legacy) return damaged(`its ${legacy.damaged} parameter is not base64url-encoded text`);
  return finish(legacy, 0);
}

function decodeUnchecked(hash: string): DecodeResult {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > MAX_HASH_LENGTH) {
    return decodeFailure('too-large', 'This link is too large to open: it is over 10 MB long.');
  }
  if (body.startsWith(STATE_PREFIX)) return decodeStateForm(body);
  if (isLegacyHash(body)) return decodeLegacyForm(body);
  if (body === '') return damaged('it carries no playground state');
  return damaged('the part after # is not a playground state');
}

/**
 * Decodes a fragment (with or without the leading `#`): the current `s=<version>.<data>` form or
 * the legacy `policy=…&boundary=…` form. Never throws: any failure is an error value whose
 * message can be shown as is.
 */
export function decodePermalink(hash: string): DecodeResult {
  try {
    return decodeUnchecked(hash);
  } catch {
    // Every known failure is handled above; this keeps the promise if a dependency surprises us.
    return damaged('it could not be read');
  }
}

/**
 * Why `state` could not travel in a link, or null when it can: the first field over the caps
 * (e.g. "identityPolicies has 101 entries; at most 100 are allowed"), or a payload that would
 * unpack to more than `MAX_PAYLOAD_BYTES`. Exactly the rules `decodePermalink` applies, so a
 * state that passes reopens from its own link.
 */
export function sharedStateProblem(state: SharedState): string | null {
  let result: ReturnType<typeof readWirePayload>;
  try {
    result = readWirePayload(toWirePayload(state, false));
  } catch {
    // Only a value that is not a SharedState at all (e.g. from untyped code) gets here.
    return 'it is not a playground state';
  }
  if (!result.ok) return `${result.problem.path} ${result.problem.problem}`;
  return payloadTooLarge(state)
    ? `its link would unpack to more than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB`
    : null;
}

/**
 * An upper bound of the UTF-8 size of `value` as JSON: an escaped UTF-16 unit takes at most 6
 * bytes (`\u0000`), any other at most 3. Cheap, so the exact count runs only near the limit.
 */
function jsonSizeBound(value: unknown): number {
  if (typeof value === 'string') return value.length * 6 + 2;
  if (Array.isArray(value)) return value.reduce((size: number, item) => size + jsonSizeBound(item) + 1, 2);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).reduce(
      (size, [key, item]) => size + key.length * 6 + 4 + jsonSizeBound(item),
      2,
    );
  }
  return 8;
}

/** Whether the link payload of `state` is over `MAX_PAYLOAD_BYTES` bytes once unpacked. */
function payloadTooLarge(state: SharedState): boolean {
  const payload = toWirePayload(state, true);
  if (jsonSizeBound(payload) <= MAX_PAYLOAD_BYTES) return false;
  return encodeUtf8(JSON.stringify(payload)).length > MAX_PAYLOAD_BYTES;
}

/**
 * Checks a state against the same rules a decoded link must pass (types, size caps and the
 * unpacked size), e.g. before saving or encoding a state built by the app. Returns null when it
 * is fine.
 */
export function validateSharedState(state: SharedState): PermalinkError | null {
  const problem = sharedStateProblem(state);
  return problem === null ? null : { code: 'invalid-payload', message: `This state is invalid: ${problem}.` };
}
