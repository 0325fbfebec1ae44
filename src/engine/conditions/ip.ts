/** IpAddress / NotIpAddress (docs/iam-semantics.md §4.1): IPv4 and IPv6 CIDR containment. */
import { BoundedCache } from '../match/cache';
import { operatorPair, type ConditionOperator } from './operator';

/** An address as 16-bit words: 2 for IPv4, 8 for IPv6. */
export interface IpAddress {
  readonly version: 4 | 6;
  readonly words: readonly number[];
}

/** A network: an address and the number of leading bits that must agree. */
export interface Cidr extends IpAddress {
  readonly prefix: number;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4(text: string): number[] | null {
  const m = IPV4.exec(text);
  if (m === null) return null;
  const octets = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  if (octets.some((o) => o > 255)) return null;
  return [(octets[0] << 8) | octets[1], (octets[2] << 8) | octets[3]];
}

function parseGroups(text: string, allowIpv4Tail: boolean): number[] | null {
  if (text === '') return [];
  const groups = text.split(':');
  const words: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as string;
    if (allowIpv4Tail && i === groups.length - 1 && group.includes('.')) {
      const tail = parseIpv4(group);
      if (tail === null) return null;
      words.push(...tail);
    } else if (HEX_GROUP.test(group)) {
      words.push(parseInt(group, 16));
    } else {
      return null;
    }
  }
  return words;
}

function parseIpv6(text: string): number[] | null {
  const gap = text.indexOf('::');
  if (gap < 0) {
    const words = parseGroups(text, true);
    return words !== null && words.length === 8 ? words : null;
  }
  if (text.indexOf('::', gap + 1) >= 0) return null;
  const head = parseGroups(text.slice(0, gap), false);
  const tail = parseGroups(text.slice(gap + 2), true);
  if (head === null || tail === null || head.length + tail.length > 7) return null;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

/** `::ffff:a.b.c.d` (IPv4-mapped IPv6) → the IPv4 words, else null. */
function mappedIpv4(words: readonly number[]): number[] | null {
  for (let i = 0; i < 5; i++) if (words[i] !== 0) return null;
  return words[5] === 0xffff ? [words[6] as number, words[7] as number] : null;
}

/** Parses an IPv4 or IPv6 address (no prefix, no zone). */
export function parseIp(text: string): IpAddress | null {
  if (text.includes(':')) {
    const words = parseIpv6(text);
    return words === null ? null : { version: 6, words };
  }
  const words = parseIpv4(text);
  return words === null ? null : { version: 4, words };
}

/**
 * Parses a CIDR; a bare address is a /32 or /128 network. Documented choices: host bits
 * after the prefix are ignored (`10.1.2.3/8` is `10.0.0.0/8`); an IPv4-mapped IPv6 network
 * with a prefix of at least 96 is the equivalent IPv4 network, so `::ffff:10.0.0.0/104`
 * and `10.0.0.0/8` agree; otherwise IPv4 and IPv6 never match each other (`::/0` does not
 * contain IPv4 addresses). Anything else, including zone IDs, is invalid and never matches.
 */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  const address = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (address === null) return null;
  const bits = address.version === 4 ? 32 : 128;
  let prefix = bits;
  if (slash >= 0) {
    const digits = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(digits) || Number(digits) > bits) return null;
    prefix = Number(digits);
  }
  const mapped = address.version === 6 && prefix >= 96 ? mappedIpv4(address.words) : null;
  return mapped === null ? { ...address, prefix } : { version: 4, words: mapped, prefix: prefix - 96 };
}

/** Is `address` inside `network`? */
export function cidrContains(network: Cidr, address: Cidr): boolean {
  if (network.version !== address.version || address.prefix < network.prefix) return false;
  let remaining = network.prefix;
  for (let i = 0; remaining > 0; i++, remaining -= 16) {
    const mask = remaining >= 16 ? 0xffff : (0xffff << (16 - remaining)) & 0xffff;
    if (((network.words[i] as number) & mask) !== ((address.words[i] as number) & mask)) return false;
  }
  return true;
}

const cache = new BoundedCache<Cidr | null>(10_000);
const cidr = (text: string): Cidr | null => cache.get(text, parseCidr);

/**
 * IpAddress / NotIpAddress. The request value is normally one address (aws:SourceIp); it may
 * also be a CIDR, which matches when wholly inside the policy's network.
 */
export const IP_OPERATORS: readonly ConditionOperator[] = operatorPair('IpAddress', 'NotIpAddress', {
  family: 'Ip',
  supportsVariables: false,
  supportsWildcards: false,
  test: (request, policy) => {
    const network = cidr(policy);
    const address = cidr(request);
    return network !== null && address !== null && cidrContains(network, address);
  },
});
