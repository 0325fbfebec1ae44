/**
 * Recent work: the scenarios something replaced (a link, an example, an import, a restore,
 * another tab), newest first, so replacing work never loses it. Stored as
 * `{ v: 1, entries: [{ id, savedAt, cause, text }] }`, where `text` is exactly what the autosave
 * stores (the envelope of `envelope.ts`) and is read back by the same checks. An entry whose text
 * cannot be read (a corrupt autosave, one from a newer version) is kept as it is and marked
 * unreadable; a list this version cannot read at all becomes one unreadable entry. Readable
 * entries are capped at `RECENT_LIMIT`, unreadable ones stay until the person removes them.
 */
import type { SharedState } from '../permalink';
import { ownValue, parseObject, readEnvelope, workKey } from './envelope';

/** List version this build writes. */
export const RECENT_FORMAT = 1;

/**
 * How many readable entries are kept; the oldest go first. Documented choice: unreadable entries
 * do not count and are never dropped to make room (the app cannot tell whether they matter).
 */
export const RECENT_LIMIT = 10;

/** What replaced the work (or, for `unreadable`, why it was kept without being opened). */
export const RECENT_CAUSES = [
  'link',
  'example',
  'reset',
  'import',
  'restore',
  'other-tab',
  'unreadable',
] as const;

/** A cause; `unknown` for one a newer version wrote. */
export type RecentCause = (typeof RECENT_CAUSES)[number] | 'unknown';

/** One entry as stored: `text` is the work's envelope, as the autosave writes it. */
export interface StoredEntry {
  readonly id: string;
  /** When the work was replaced, in milliseconds since the epoch. */
  readonly savedAt: number;
  readonly cause: string;
  readonly text: string;
}

/** One entry, read. */
export type RecentEntry = {
  readonly id: string;
  readonly savedAt: number;
  readonly cause: RecentCause;
  /** The stored text, as kept. */
  readonly text: string;
} & (
  | { readonly readable: true; readonly state: SharedState }
  /** `problem` completes "It …", e.g. "was written by a newer version of the playground (format 2)". */
  | { readonly readable: false; readonly problem: string }
);

const MAX_ID_LENGTH = 100;

/** Reads one entry's text with the autosave's checks. */
export function readEntry(stored: StoredEntry): RecentEntry {
  const cause = (RECENT_CAUSES as readonly string[]).includes(stored.cause)
    ? (stored.cause as RecentCause)
    : 'unknown';
  const base = { id: stored.id, savedAt: stored.savedAt, cause, text: stored.text };
  const work = readEnvelope(stored.text, 'kept work');
  return work.ok
    ? { ...base, readable: true, state: work.state }
    : { ...base, readable: false, problem: work.detail };
}

/** A stored entry from a value of the list, or null when it is not one. */
function storedEntry(value: unknown): StoredEntry | null {
  const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  if (object === null) return null;
  const fields = object as Record<string, unknown>;
  const id = ownValue(fields, 'id');
  const savedAt = ownValue(fields, 'savedAt');
  const cause = ownValue(fields, 'cause');
  const text = ownValue(fields, 'text');
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH) return null;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  if (typeof cause !== 'string' || typeof text !== 'string') return null;
  return { id, savedAt, cause: cause.slice(0, MAX_ID_LENGTH), text };
}

/**
 * The stored list from its text. Nothing is dropped: a malformed entry is kept as an unreadable
 * one holding its JSON, and a list that cannot be read at all as one unreadable entry holding the
 * whole text (`now` dates the ones that have no time of their own).
 */
export function parseRecentList(text: string | null, now: number): StoredEntry[] {
  if (text === null) return [];
  const whole = (): StoredEntry[] => [{ id: 'recovered-list', savedAt: now, cause: 'unreadable', text }];
  const parsed = parseObject(text);
  if (parsed === null || ownValue(parsed, 'v') !== RECENT_FORMAT) return whole();
  const entries = ownValue(parsed, 'entries');
  if (!Array.isArray(entries)) return whole();
  const seen = new Set<string>();
  return entries.map((value: unknown, index): StoredEntry => {
    const entry = storedEntry(value) ?? {
      id: `recovered-${index}`,
      savedAt: now,
      cause: 'unreadable',
      text: JSON.stringify(value),
    };
    const id = seen.has(entry.id) ? `${entry.id.slice(0, MAX_ID_LENGTH - 12)}-${index}` : entry.id;
    seen.add(id);
    return id === entry.id ? entry : { ...entry, id };
  });
}

/** The list's stored text. */
export function recentListText(entries: readonly StoredEntry[]): string {
  return JSON.stringify({ v: RECENT_FORMAT, entries });
}

/** What makes two entries the same work: the state when readable, else the text. */
function sameWorkKey(entry: RecentEntry): string {
  return entry.readable ? `state:${workKey(entry.state)}` : `text:${entry.text}`;
}

/**
 * The list with `added` first. An entry holding the same work is replaced by it (so restoring and
 * replacing the same work twice does not fill the list), and readable entries past
 * `RECENT_LIMIT` are dropped, oldest first.
 */
export function withEntry(list: readonly StoredEntry[], added: StoredEntry): StoredEntry[] {
  const key = sameWorkKey(readEntry(added));
  let readable = 0;
  return [added, ...list].filter((entry, index) => {
    const read = readEntry(entry);
    if (index > 0 && sameWorkKey(read) === key) return false;
    if (!read.readable) return true;
    readable += 1;
    return readable <= RECENT_LIMIT;
  });
}
