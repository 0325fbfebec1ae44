/**
 * Link formats and the chain that brings an old payload up to the current format.
 *
 * - Format 0 (legacy, early links): `#policy=<base64url text>&boundary=<base64url text>`,
 *   uncompressed, carrying only an identity policy and a permissions boundary.
 * - Format 1 (current): `#s=1.<base64url of raw-deflated JSON>`, see `wire.ts`.
 *
 * Each migration turns a payload of version n into one of version n + 1; decoding runs every
 * step from the link's version to the current one and then validates the result, so a migration
 * may trust only the shape its own parser produced. A future format 2 adds a `1 → 2` step here
 * (and, if it changes `DEFAULT_SHARED_STATE`, fills the old defaults into fields a 1-link omits).
 */
import { decodeBase64Url } from './base64url';
import { decodeUtf8 } from './utf8';
import type { WirePayload } from './wire';

/** The format version `encodePermalink` writes. */
export const CURRENT_FORMAT = 1;

/** The payload of a format-0 link: the two texts, or null for a parameter the link lacks. */
export interface LegacyPayload {
  readonly policy: string | null;
  readonly boundary: string | null;
}

/** Parameter names of a format-0 link. */
const LEGACY_KEYS = ['policy', 'boundary'] as const;

/** Names given to the documents of a migrated format-0 link. */
export const LEGACY_NAMES = { policy: 'identity-policy', boundary: 'permissions-boundary' } as const;

/** Splits `a=1&b=2` into pairs; a part without `=` has an empty value. */
function splitParams(body: string): [string, string][] {
  return body.split('&').map((part) => {
    const equals = part.indexOf('=');
    return equals < 0 ? [part, ''] : [part.slice(0, equals), part.slice(equals + 1)];
  });
}

/** True when a hash body (without `#`) is a format-0 link: it has a `policy` or `boundary` parameter. */
export function isLegacyHash(body: string): boolean {
  return splitParams(body).some(([key]) => (LEGACY_KEYS as readonly string[]).includes(key));
}

function decodeLegacyText(value: string): string | null {
  let unescaped: string;
  try {
    // Early links may have been percent-encoded by whatever shared them.
    unescaped = decodeURIComponent(value);
  } catch {
    return null;
  }
  const bytes = decodeBase64Url(unescaped);
  return bytes === null ? null : decodeUtf8(bytes);
}

/**
 * Parses a format-0 hash body. Returns the payload, or the name of the parameter that is
 * damaged (not base64url of UTF-8 text, or given twice). Unknown parameters are ignored.
 */
export function parseLegacyHash(body: string): LegacyPayload | { readonly damaged: string } {
  const found: { policy: string | null; boundary: string | null } = { policy: null, boundary: null };
  for (const [key, value] of splitParams(body)) {
    if (key !== 'policy' && key !== 'boundary') continue;
    if (found[key] !== null) return { damaged: key };
    const text = decodeLegacyText(value);
    if (text === null) return { damaged: key };
    found[key] = text;
  }
  return found;
}

/**
 * Format 0 → 1. A format-0 link described both editors of the early playground, so a missing
 * parameter means an empty slot (no identity policy / no boundary), not the default one; the rest
 * of the scenario (principal, request) takes the defaults.
 */
function migrate0to1(payload: LegacyPayload): WirePayload {
  return {
    i: payload.policy === null ? [] : [{ n: LEGACY_NAMES.policy, t: payload.policy }],
    b: payload.boundary === null ? null : { n: LEGACY_NAMES.boundary, t: payload.boundary },
  };
}

/** Step `n` turns a version-n payload into a version n+1 one. */
const MIGRATIONS: readonly ((payload: unknown) => unknown)[] = [
  (payload) => migrate0to1(payload as LegacyPayload),
];

/**
 * Runs the migration chain from `version` to `CURRENT_FORMAT`. The result still has to be
 * validated.
 */
export function migrate(payload: unknown, version: number): unknown {
  let current = payload;
  for (let step = version; step < CURRENT_FORMAT; step++) {
    const migration = MIGRATIONS[step];
    if (migration === undefined) break;
    current = migration(current);
  }
  return current;
}
