/** Date operators (docs/iam-semantics.md §4.1): ISO 8601 date/times or epoch seconds, compared as instants. */
import { BoundedCache } from '../match/cache';
import { operatorPair, type ConditionOperator } from './operator';

// W3C profile of ISO 8601: YYYY-MM, YYYY-MM-DD, and date-times with minutes, seconds and a
// fraction, each with `Z` or a ±hh:mm offset.
const ISO =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?)?$/;
const EPOCH = /^\d+$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (works for every year, unlike Date.UTC). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseIso(text: string): number | null {
  const m = ISO.exec(text);
  if (m === null) return null;
  const n = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]));
  const [year, month] = [n(1), n(2)];
  const day = m[3] === undefined ? 1 : n(3);
  const [hour, minute, second] = [n(4), n(5), n(6)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const [offsetHours, offsetMinutes] = [n(10), n(11)];
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  // Documented choice: a date-time without `Z` or an offset is read as UTC, as AWS's own
  // values (aws:CurrentTime, aws:TokenIssueTime) always are.
  const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
  const minutes = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offset;
  return minutes * 60_000 + second * 1000 + fraction;
}

const cache = new BoundedCache<number | null>(10_000);

/**
 * Milliseconds since the epoch for an IAM date value, or null when it is not one.
 * Documented choice: an all-digit value is epoch SECONDS (aws:EpochTime), so `2020` is 2020
 * seconds after 1970, not the year 2020; other values are ISO 8601 (W3C profile).
 */
export function parseDate(text: string): number | null {
  return cache.get(text, (t) => (EPOCH.test(t) ? Number(t) * 1000 : parseIso(t)));
}

function comparing(compare: (request: number, policy: number) => boolean) {
  return (request: string, policy: string): boolean => {
    const r = parseDate(request);
    const p = parseDate(policy);
    return r !== null && p !== null && compare(r, p);
  };
}

const shape = { family: 'Date', supportsVariables: false, supportsWildcards: false } as const;

/** DateEquals … DateGreaterThanEquals. */
export const DATE_OPERATORS: readonly ConditionOperator[] = [
  ...operatorPair('DateEquals', 'DateNotEquals', { ...shape, test: comparing((r, p) => r === p) }),
  { ...shape, name: 'DateLessThan', negated: false, test: comparing((r, p) => r < p) },
  { ...shape, name: 'DateLessThanEquals', negated: false, test: comparing((r, p) => r <= p) },
  { ...shape, name: 'DateGreaterThan', negated: false, test: comparing((r, p) => r > p) },
  { ...shape, name: 'DateGreaterThanEquals', negated: false, test: comparing((r, p) => r >= p) },
];
