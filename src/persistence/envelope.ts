/**
 * The stored form of one piece of work: a versioned envelope `{ v: 1, savedAt, state }` whose
 * `state` is the permalink's wire payload with every field written. The autosave and every entry
 * of Recent work are this same text, read back by the same checks as links.
 */
import { readWirePayload, toWirePayload, type SharedState } from '../permalink';

/** Envelope version this build writes. */
export const STORAGE_FORMAT = 1;

/** Why a read found nothing usable. `empty` is the normal first visit. */
export type LoadFailure = 'empty' | 'corrupt' | 'future-version' | 'invalid';

/**
 * Result of reading stored work. `savedAt` is milliseconds since the epoch. A failure other than
 * `empty` says what is wrong (`detail`, e.g. "is damaged (tab must be text)", which completes
 * "The saved work …") and carries the stored text as it was (`raw`), so the caller can keep it
 * rather than lose it.
 */
export type LoadResult =
  | { readonly ok: true; readonly state: SharedState; readonly savedAt: number }
  | {
      readonly ok: false;
      readonly reason: LoadFailure;
      readonly message: string;
      readonly detail: string;
      readonly raw?: string;
    };

/** The envelope's text for `state`, saved at `savedAt`. */
export function envelopeText(state: SharedState, savedAt: number): string {
  return JSON.stringify({ v: STORAGE_FORMAT, savedAt, state: toWirePayload(state, false) });
}

/** The wire payload of `state` as text: equal texts are equal work, whatever the save time. */
export function workKey(state: SharedState): string {
  return JSON.stringify(toWirePayload(state, false));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key` of `object` (never an inherited one such as `constructor`). */
export function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A parsed JSON object, or null for text that is not JSON or not an object. */
export function parseObject(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Reads stored text into work, or the reason it cannot be used; `what` names it in the message
 * ("saved work"). Never throws.
 */
export function readEnvelope(text: string | null, what: string): LoadResult {
  if (text === null) return { ok: false, reason: 'empty', message: `No ${what} yet.`, detail: 'is empty' };
  const ignored = (reason: LoadFailure, detail: string): LoadResult => ({
    ok: false,
    reason,
    message: `The ${what} ${detail} and was ignored.`,
    detail,
    raw: text,
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return ignored('corrupt', 'could not be read (it is not JSON)');
  }
  if (!isRecord(parsed)) return ignored('corrupt', 'has an unknown shape');
  const version = ownValue(parsed, 'v');
  const savedAt = ownValue(parsed, 'savedAt');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return ignored('corrupt', 'has no valid version');
  }
  if (version > STORAGE_FORMAT) {
    return ignored('future-version', `was written by a newer version of the playground (format ${version})`);
  }
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) {
    return ignored('corrupt', 'has no valid save time');
  }
  const result = readWirePayload(ownValue(parsed, 'state'));
  if (!result.ok) {
    const { path, problem } = result.problem;
    return ignored('invalid', `is damaged (${path} ${problem})`);
  }
  return { ok: true, state: result.state, savedAt };
}
