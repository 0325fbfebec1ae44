import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrContains, parseCidr } from './ip';
import { getConditionOperator } from './registry';

const ipAddress = (request: string, policy: string): boolean => {
  const op = getConditionOperator('IpAddress');
  if (op === undefined) throw new Error('IpAddress');
  return op.test(request, policy);
};

describe('IpAddress: IPv4', () => {
  it.each([
    ['203.0.113.7', '203.0.113.0/24', true],
    ['203.0.114.1', '203.0.113.0/24', false],
    ['203.0.113.7', '203.0.113.7', true], // bare address = /32
    ['203.0.113.8', '203.0.113.7', false],
    ['203.0.113.7', '203.0.113.7/32', true],
    ['198.51.100.1', '0.0.0.0/0', true],
    ['10.200.0.1', '10.1.2.3/8', true], // host bits after the prefix are ignored
    ['11.0.0.1', '10.0.0.0/8', false],
    ['192.168.1.1', '192.168.1.0/31', true],
    ['192.168.1.2', '192.168.1.0/31', false],
    ['192.168.1.1', '192.168.1.0/30', true],
    ['172.16.0.1', '172.16.0.0/12', true],
    ['172.32.0.1', '172.16.0.0/12', false],
    ['10.1.0.0/16', '10.0.0.0/8', true], // a request network inside the policy's
    ['10.0.0.0/7', '10.0.0.0/8', false],
  ])('%s in %s → %s', (request, policy, expected) => {
    expect(ipAddress(request, policy)).toBe(expected);
  });
});

describe('IpAddress: IPv6', () => {
  it.each([
    ['2001:db8::1', '2001:db8::/32', true],
    ['2001:db8:1:2:3:4:5:6', '2001:DB8::/32', true],
    ['2001:db9::1', '2001:db8::/32', false],
    ['2001:db8:8000::1', '2001:db8:8000::/33', true],
    ['2001:db8:7fff::1', '2001:db8:8000::/33', false],
    ['::1', '::1', true],
    ['::1', '::1/128', true],
    ['::2', '::1/127', false],
    ['::1', '::/127', true],
    ['::1', '::/0', true],
    ['1::', '0:0:0:0:0:0:0:0/0', true],
    ['2001:db8::1', '2001:0db8:0000:0000:0000:0000:0000:0001', true],
    ['2001:db8::192.0.2.1', '2001:db8::c000:201', true], // embedded IPv4 tail
    ['64:ff9b::192.0.2.1', '192.0.2.0/24', false], // NAT64 is not IPv4-mapped
  ])('%s in %s → %s', (request, policy, expected) => {
    expect(ipAddress(request, policy)).toBe(expected);
  });
});

describe('IpAddress: IPv4 and IPv6 together (documented choices)', () => {
  it.each([
    ['2001:db8::1', '0.0.0.0/0', false],
    ['10.0.0.1', '::/0', false],
    ['::ffff:10.1.2.3', '10.0.0.0/8', true], // IPv4-mapped request
    ['::ffff:a01:203', '10.0.0.0/8', true],
    ['10.9.9.9', '::ffff:10.0.0.0/104', true], // IPv4-mapped policy network
    ['11.0.0.1', '::ffff:10.0.0.0/104', false],
    ['10.9.9.9', '::ffff:0:0/95', false], // prefix below 96: an IPv6 network
  ])('%s in %s → %s', (request, policy, expected) => {
    expect(ipAddress(request, policy)).toBe(expected);
  });
});

describe('invalid addresses never match', () => {
  it.each([
    '',
    '10.0.0.256',
    '10.0.0',
    '10.0.0.0/33',
    '10.0.0.0/',
    '10.0.0.0/-1',
    '10.0.0.0/8/8',
    '10.0.0.0/0x8',
    '1::2::3',
    ':::',
    ':1::2',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7::8',
    '2001:db8::/129',
    'fe80::1%eth0',
    '12345::',
    '1.2.3.4::',
    'g::1',
    'localhost',
  ])('%j', (text) => {
    expect(parseCidr(text)).toBeNull();
    expect(ipAddress(text, '0.0.0.0/0')).toBe(false);
    expect(ipAddress(text, '::/0')).toBe(false);
    expect(ipAddress('10.0.0.1', text)).toBe(false);
  });
});

describe('cidrContains properties', () => {
  const octet = fc.integer({ min: 0, max: 255 });
  const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
  const word = fc.integer({ min: 0, max: 0xffff }).map((w) => w.toString(16));
  const ipv6 = fc.array(word, { minLength: 8, maxLength: 8 }).map((w) => w.join(':'));

  it('property: a network contains every address it was built from', () => {
    fc.assert(
      fc.property(ipv4, fc.integer({ min: 0, max: 32 }), (address, prefix) =>
        ipAddress(address, `${address}/${prefix}`),
      ),
    );
    fc.assert(
      fc.property(ipv6, fc.integer({ min: 0, max: 128 }), (address, prefix) =>
        ipAddress(address, `${address}/${prefix}`),
      ),
    );
  });

  it('property: /0 contains every address of its family and none of the other', () => {
    fc.assert(fc.property(ipv4, (a) => ipAddress(a, '0.0.0.0/0') && !ipAddress(a, '::/0')));
  });

  it('property: a host network contains only that host', () => {
    fc.assert(fc.property(ipv4, ipv4, (a, b) => ipAddress(a, b) === (a === b)));
  });

  it('property: /24 is decided by the first three octets', () => {
    fc.assert(
      fc.property(ipv4, ipv4, (a, b) => {
        const network = parseCidr(`${b}/24`);
        const address = parseCidr(a);
        if (network === null || address === null) return false;
        return (
          cidrContains(network, address) ===
          (a.split('.').slice(0, 3).join() === b.split('.').slice(0, 3).join())
        );
      }),
    );
  });
});

describe('operator flags', () => {
  it('NotIpAddress is the negated form; neither accepts variables', () => {
    expect(getConditionOperator('IpAddress')).toMatchObject({
      negated: false,
      supportsVariables: false,
      family: 'Ip',
    });
    expect(getConditionOperator('NotIpAddress')).toMatchObject({
      negated: true,
      supportsVariables: false,
      family: 'Ip',
    });
  });
});
