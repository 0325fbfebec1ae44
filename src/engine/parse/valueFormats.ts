/** Format checks for typed condition values (Numeric*, Date*, Bool, IpAddress). Pure predicates. */

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const EPOCH = /^[+-]?\d+$/;
// W3C profile of ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD, then optional time with seconds,
// fraction and zone designator.
const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const IPV4_PART = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const PREFIX = /^\d{1,3}$/;

/** True for `true`/`false` in any case (documented choice: case-insensitive, docs/iam-semantics.md §4.5). */
export function isBooleanText(value: string): boolean {
  const lower = value.toLowerCase();
  return lower === 'true' || lower === 'false';
}

/** True for an integer or decimal number. */
export function isNumberText(value: string): boolean {
  return NUMBER.test(value);
}

/** True for a number written as IAM numbers are that is too large for a double (400 digits). */
export function isNumberTooLarge(value: string): boolean {
  return NUMBER.test(value) && !Number.isFinite(Number(value));
}

function inRange(text: string | undefined, min: number, max: number): boolean {
  if (text === undefined) return true;
  const n = Number(text);
  return n >= min && n <= max;
}

/** True for a W3C ISO 8601 date/time or epoch seconds (docs/iam-semantics.md §4.1, Date operators). */
export function isDateText(value: string): boolean {
  if (EPOCH.test(value)) return true;
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  return (
    inRange(m[2], 1, 12) &&
    inRange(m[3], 1, 31) &&
    inRange(m[4], 0, 23) &&
    inRange(m[5], 0, 59) &&
    inRange(m[6], 0, 60)
  );
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => IPV4_PART.test(p));
}

function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string): string[] | null => {
    if (half.length === 0) return [];
    const parts = half.split(':');
    return parts.every((p) => HEX_GROUP.test(p)) ? parts : null;
  };
  let tail = halves[halves.length - 1] ?? '';
  let extra = 0;
  // An embedded IPv4 address may end the address (::ffff:192.0.2.1) and counts as two groups.
  const lastColon = tail.lastIndexOf(':');
  const lastPart = tail.slice(lastColon + 1);
  if (lastPart.includes('.')) {
    if (!isIpv4(lastPart)) return false;
    tail = lastColon < 0 ? '' : tail.slice(0, lastColon);
    extra = 2;
  }
  const head = halves.length === 2 ? groups(halves[0] ?? '') : [];
  const rest = groups(tail);
  if (head === null || rest === null) return false;
  const count = head.length + rest.length + extra;
  return halves.length === 2 ? count < 8 : count === 8;
}

/** True for an IPv4 or IPv6 address, optionally with a CIDR prefix length. */
export function isIpText(value: string): boolean {
  const slash = value.indexOf('/');
  const address = slash < 0 ? value : value.slice(0, slash);
  const prefix = slash < 0 ? null : value.slice(slash + 1);
  if (prefix !== null && !PREFIX.test(prefix)) return false;
  if (isIpv4(address)) return prefix === null || Number(prefix) <= 32;
  if (address.includes(':') && isIpv6(address)) return prefix === null || Number(prefix) <= 128;
  return false;
}
