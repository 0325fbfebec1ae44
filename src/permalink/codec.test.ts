import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { encodeBase64Url } from './base64url';
import {
  decodePermalink,
  encodePermalink,
  isLinkTooLong,
  MAX_HASH_LENGTH,
  MAX_LINK_LENGTH,
  MAX_PAYLOAD_BYTES,
  permalinkLength,
  sharedStateProblem,
  validateSharedState,
} from './codec';
import { FORMAT_1_DICTIONARY } from './dictionary';
import { DEFAULT_SHARED_STATE, EC2_BOUNDARY_TEXT, LIMITS, type SharedState } from './schema';
import { linkOf, linkOfText, payloadOf } from './testLinks';

/** A state that sets every field away from its default. */
const RICH_STATE: SharedState = {
  principal: 'arn:aws:iam::111122223333:user/division/alice',
  sessionIssuer: 'arn:aws:iam::111122223333:role/path/Issuer',
  organization: { managementAccount: '999999999999' },
  identityPolicies: [
    { name: 'ReadOnlyAccess', managedArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    { name: 'inline', text: '{\n\t"Version": "2012-10-17",\r\n  "Statement": []   }' },
  ],
  permissionsBoundary: null,
  sessionPolicy: { name: 'session', text: '' },
  resourcePolicy: { name: 'key-policy', text: '{"Statement":[]}', kind: 'kms-key' },
  vpcEndpointPolicy: { name: 'endpoint', text: '{"Statement":[]}' },
  serviceControlPolicies: [
    {
      target: 'Root',
      policies: [
        {
          name: 'FullAWSAccess',
          managedArn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
        },
      ],
    },
    { target: 'ou-ab12-prod', policies: [{ name: 'deny-regions', text: '{}' }] },
  ],
  resourceControlPolicies: [{ target: 'Root', policies: [] }],
  requests: [
    {
      action: 'kms:Decrypt',
      resource: 'arn:aws:kms:eu-west-1:444455556666:key/1',
      resourceAccount: '444455556666',
      context: { 'aws:SourceIp': '10.0.0.1', 'aws:TagKeys': ['a', 'b'], 'aws:CalledVia': [] },
      viaVpcEndpoint: false,
      expect: { decision: 'ImplicitDeny', deniedBy: 'resource' },
    },
    { action: 's3:GetObject', resource: '*', context: {} },
  ],
  tab: 'scp-2',
  selectedAction: 'kms:Decrypt',
  filters: { search: 'kms:*', service: 'kms', accessLevel: 'Write', region: 'eu-west-1' },
};

function expectOk(hash: string): SharedState {
  const result = decodePermalink(hash);
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.state;
}

function expectError(hash: string, code: string): string {
  const result = decodePermalink(hash);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe(code);
  return result.error.message;
}

describe('encodePermalink / decodePermalink round trip', () => {
  it.each([
    ['the default state', DEFAULT_SHARED_STATE],
    ['a state that changes every field', RICH_STATE],
    [
      'the example with another boundary',
      { ...DEFAULT_SHARED_STATE, permissionsBoundary: { name: 'b', text: 'x' } },
    ],
  ])('restores %s', (_name, state) => {
    // Given a state, when it is encoded and decoded, then the same state comes back.
    expect(expectOk(encodePermalink(state))).toStrictEqual(state);
  });

  it('carries the baseline compared with, compactly, and never a baseline of a baseline', () => {
    const baseline = { label: 'the example ec2-boundary', state: DEFAULT_SHARED_STATE };
    const state = { ...RICH_STATE, baseline };
    expect(expectOk(encodePermalink(state))).toStrictEqual(state);
    // The default scenario as a baseline costs a few characters: its fields are left out.
    expect(encodePermalink(state).length - encodePermalink(RICH_STATE).length).toBeLessThan(60);
    const chained = { ...RICH_STATE, baseline: { label: 'x', state: { ...DEFAULT_SHARED_STATE, baseline } } };
    expect(expectOk(encodePermalink(chained)).baseline).toStrictEqual({
      label: 'x',
      state: DEFAULT_SHARED_STATE,
    });
  });

  it('reports a damaged baseline by its path', () => {
    const payload = { cw: { l: 'x', s: { p: 42 } } };
    const message = expectError(linkOf(payload), 'invalid-payload');
    expect(message).toContain('baseline.state');
  });

  it('accepts the fragment with or without #', () => {
    const link = encodePermalink(RICH_STATE);
    expect(expectOk(`#${link}`)).toStrictEqual(RICH_STATE);
  });

  it('keeps hostile text as data: <script>, quotes, control characters, unicode, lone surrogates', () => {
    const text = '<script>alert("x")</script>\u0000\u2028 "é😀" \ud800 ${aws:username} </textarea>';
    const state = { ...DEFAULT_SHARED_STATE, identityPolicies: [{ name: '<img onerror=x>', text }] };
    expect(expectOk(encodePermalink(state)).identityPolicies).toStrictEqual([
      { name: '<img onerror=x>', text },
    ]);
  });

  it('is deterministic: equal states give equal links', () => {
    expect(encodePermalink(structuredClone(RICH_STATE))).toBe(encodePermalink(RICH_STATE));
  });

  it('uses only URL-safe characters', () => {
    expect(encodePermalink(RICH_STATE)).toMatch(/^s=1\.[A-Za-z0-9_-]+$/);
  });
});

describe('encodePermalink omits defaults', () => {
  it('writes an empty payload for the default state', () => {
    expect(payloadOf(encodePermalink(DEFAULT_SHARED_STATE))).toEqual({});
  });

  it('writes only the fields that differ', () => {
    const link = encodePermalink({
      ...DEFAULT_SHARED_STATE,
      tab: 'boundary',
      selectedAction: 'ec2:RunInstances',
    });
    expect(payloadOf(link)).toEqual({ t: 'boundary', a: 'ec2:RunInstances' });
  });

  it('writes null to switch a default off', () => {
    const state = { ...DEFAULT_SHARED_STATE, permissionsBoundary: null };
    expect(payloadOf(encodePermalink(state))).toEqual({ b: null });
    expect(expectOk(encodePermalink(state)).permissionsBoundary).toBeNull();
  });

  it('keeps links short: the default is tiny, an edited example stays well under 100 characters', () => {
    const edited = {
      ...DEFAULT_SHARED_STATE,
      permissionsBoundary: { name: 'ec2-boundary', text: EC2_BOUNDARY_TEXT.replace('ec2:*', 's3:*') },
    };
    expect(permalinkLength(DEFAULT_SHARED_STATE)).toBeLessThan(16);
    expect(permalinkLength(edited)).toBeLessThan(60);
  });
});

describe('permalinkLength / isLinkTooLong', () => {
  it('counts the # and the encoded fragment', () => {
    expect(permalinkLength(RICH_STATE)).toBe(`#${encodePermalink(RICH_STATE)}`.length);
  });

  it.each([
    [MAX_LINK_LENGTH, false],
    [MAX_LINK_LENGTH + 1, true],
  ])('a URL of %i characters is too long: %s', (length, expected) => {
    expect(isLinkTooLong(length)).toBe(expected);
  });
});

describe('decodePermalink errors', () => {
  it('unsupported-version: a link from a newer playground', () => {
    expect(expectError(linkOf({}).replace('s=1.', 's=2.'), 'unsupported-version')).toMatch(/newer version/);
  });

  it.each([
    ['an empty hash', ''],
    ['an unknown fragment', '#section-2'],
    ['no version', 's=AAAA'],
    ['a non-numeric version', 's=x.AAAA'],
    ['format 0 in the s= form', 's=0.AAAA'],
    ['characters outside base64url', 's=1.ab$d'],
    ['an impossible base64 length', 's=1.a'],
    ['random bytes', `s=1.${encodeBase64Url(new Uint8Array([0xff, 0xfe, 0x01, 0x02]))}`],
    ['a truncated link', encodePermalink(RICH_STATE).slice(0, 40)],
    ['an empty data part', 's=1.'],
    ['data that is not JSON', linkOfText('{"p": ')],
    [
      'data that is not UTF-8',
      `s=1.${encodeBase64Url(deflateSync(new Uint8Array([0x7b, 0xff, 0x7d]), { dictionary: FORMAT_1_DICTIONARY }))}`,
    ],
  ])('malformed: %s', (_name, hash) => {
    expect(expectError(hash, 'malformed')).toMatch(/^This link is damaged: .+\.$/);
  });

  it('too-large: a fragment over 10 MB is refused before decoding', () => {
    expect(expectError(`s=1.${'A'.repeat(MAX_HASH_LENGTH)}`, 'too-large')).toMatch(/over 10 MB/);
  });

  it('too-large: a small link that inflates past 5 MB', { timeout: 30_000 }, () => {
    // A run of spaces just over the cap compresses to a few kilobytes.
    const bomb = linkOf({ p: ' '.repeat(MAX_PAYLOAD_BYTES + 1000) });
    expect(bomb.length).toBeLessThan(20_000);
    expect(expectError(bomb, 'too-large')).toMatch(/more than 5 MB/);
  });

  it('accepts a payload of exactly 5 MiB', { timeout: 30_000 }, () => {
    // Five texts at the per-text cap, and a sixth that fills the payload to exactly the limit.
    const policies = Array.from({ length: 6 }, (_, index) => ({
      n: `p${index}`,
      t: ' '.repeat(LIMITS.textLength),
    }));
    const overshoot = JSON.stringify({ i: policies }).length - MAX_PAYLOAD_BYTES;
    const last = policies[5] as { n: string; t: string };
    last.t = last.t.slice(overshoot);
    expect(JSON.stringify({ i: policies }).length).toBe(MAX_PAYLOAD_BYTES);
    const state = expectOk(linkOf({ i: policies }));
    expect(state.identityPolicies.map((policy) => ('text' in policy ? policy.text.length : 0))).toEqual(
      policies.map((policy) => policy.t.length),
    );
  });

  it('invalid-payload: names the field in the message', () => {
    const message = expectError(linkOf({ q: [{ a: 's3:GetObject', r: 7 }] }), 'invalid-payload');
    expect(message).toBe('This link is damaged: requests[0].resource must be text.');
  });

  it('invalid-payload: a huge array is refused', () => {
    const requests = Array.from({ length: LIMITS.requests + 1 }, () => ({ a: 's3:GetObject', r: '*' }));
    expect(expectError(linkOf({ q: requests }), 'invalid-payload')).toMatch(/requests has 1001 entries/);
  });
});

describe('decodePermalink and prototype pollution', () => {
  it('ignores __proto__ and constructor keys at the top level', () => {
    const state = expectOk(
      linkOfText('{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "t": "ok"}'),
    );
    expect(state).toStrictEqual({ ...DEFAULT_SHARED_STATE, tab: 'ok' });
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a __proto__ context key as a plain key', () => {
    const state = expectOk(linkOfText('{"q": [{"a": "s3:GetObject", "r": "*", "c": {"__proto__": "v"}}]}'));
    const context = state.requests[0]?.context ?? {};
    expect(Object.getOwnPropertyDescriptor(context, '__proto__')?.value).toBe('v');
    expect(Object.getPrototypeOf(context)).toBe(Object.prototype);
    expect(expectOk(encodePermalink(state))).toStrictEqual(state);
  });

  it('keeps constructor and toString context keys as plain keys', () => {
    const state = expectOk(
      linkOfText('{"q": [{"a": "x", "r": "*", "c": {"constructor": ["a"], "toString": "b"}}]}'),
    );
    const context = state.requests[0]?.context ?? {};
    expect(Object.entries(context)).toEqual([
      ['constructor', ['a']],
      ['toString', 'b'],
    ]);
    expect(Object.getPrototypeOf(context)).toBe(Object.prototype);
  });
});

describe('validateSharedState', () => {
  it('accepts the default and a rich state', () => {
    expect(validateSharedState(DEFAULT_SHARED_STATE)).toBeNull();
    expect(validateSharedState(RICH_STATE)).toBeNull();
  });

  it('reports a state over the caps', () => {
    const tooMany = Array.from({ length: LIMITS.identityPolicies + 1 }, (_, index) => ({
      name: `p${index}`,
      text: '{}',
    }));
    const error = validateSharedState({ ...DEFAULT_SHARED_STATE, identityPolicies: tooMany });
    expect(error?.message).toMatch(/identityPolicies has 101 entries/);
  });

  it('reports a value that is not a state instead of throwing', () => {
    expect(validateSharedState({ requests: 5 } as unknown as SharedState)?.code).toBe('invalid-payload');
  });

  it('reports a state whose link would unpack past MAX_PAYLOAD_BYTES, as decoding refuses it', () => {
    const text = 'x'.repeat(LIMITS.textLength);
    const big: SharedState = {
      ...DEFAULT_SHARED_STATE,
      identityPolicies: Array.from({ length: 6 }, (_, i) => ({ name: `p${i}`, text })),
    };
    expect(sharedStateProblem(big)).toBe('its link would unpack to more than 5 MB');
    expect(decodePermalink(encodePermalink(big))).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const fits = { ...big, identityPolicies: big.identityPolicies.slice(0, 4) };
    expect(sharedStateProblem(fits)).toBeNull();
    expect(decodePermalink(encodePermalink(fits)).ok).toBe(true);
  });
});
