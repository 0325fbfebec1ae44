import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { encodeBase64Url } from './base64url';
import { decodePermalink } from './codec';
import { CURRENT_FORMAT, LEGACY_NAMES, migrate } from './migrations';
import { DEFAULT_SHARED_STATE } from './schema';

const b64 = (text: string): string => encodeBase64Url(new TextEncoder().encode(text));
const POLICY =
  '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]\n}';
const BOUNDARY = '{"Statement": [{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}]}';

describe('format 0 (legacy #policy=…&boundary=…) links', () => {
  it('migrates both documents and keeps the other defaults', () => {
    const result = decodePermalink(`#policy=${b64(POLICY)}&boundary=${b64(BOUNDARY)}`);
    expect(result).toStrictEqual({
      ok: true,
      migratedFrom: 0,
      state: {
        ...DEFAULT_SHARED_STATE,
        identityPolicies: [{ name: LEGACY_NAMES.policy, text: POLICY }],
        permissionsBoundary: { name: LEGACY_NAMES.boundary, text: BOUNDARY },
      },
    });
  });

  it('reads a missing boundary as no boundary', () => {
    const result = decodePermalink(`policy=${b64(POLICY)}`);
    expect(result.ok && result.state.permissionsBoundary).toBeNull();
    expect(result.ok && result.state.identityPolicies).toEqual([{ name: LEGACY_NAMES.policy, text: POLICY }]);
  });

  it('reads a missing policy as no identity policy', () => {
    const result = decodePermalink(`boundary=${b64(BOUNDARY)}`);
    expect(result.ok && result.state.identityPolicies).toEqual([]);
  });

  it('accepts padding, standard base64 and percent-encoding, and ignores unknown parameters', () => {
    const text = 'ÿ>>?';
    const standard = Buffer.from(text).toString('base64');
    expect(standard).toMatch(/[+/=]/);
    const result = decodePermalink(`#utm=x&policy=${encodeURIComponent(standard)}`);
    expect(result.ok && result.state.identityPolicies).toEqual([{ name: LEGACY_NAMES.policy, text }]);
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (policy, boundary) => {
        const result = decodePermalink(`policy=${b64(policy)}&boundary=${b64(boundary)}`);
        expect(result.ok && result.state.identityPolicies).toEqual([
          { name: LEGACY_NAMES.policy, text: policy },
        ]);
        expect(result.ok && result.state.permissionsBoundary).toEqual({
          name: LEGACY_NAMES.boundary,
          text: boundary,
        });
      }),
    );
  });

  it.each([
    ['not base64', 'policy=%%%'],
    ['characters outside base64', 'policy=ab$d'],
    ['not UTF-8', `policy=${encodeBase64Url(new Uint8Array([0xc3, 0x28]))}`],
    ['a parameter given twice', `policy=${b64('a')}&policy=${b64('b')}`],
  ])('refuses %s as malformed', (_name, hash) => {
    const result = decodePermalink(hash);
    expect(result.ok ? null : result.error.code).toBe('malformed');
  });

  it('names the damaged parameter', () => {
    const result = decodePermalink(`policy=${b64('{}')}&boundary=!`);
    expect(result.ok ? '' : result.error.message).toBe(
      'This link is damaged: its boundary parameter is not base64url-encoded text.',
    );
  });

  it('applies the text cap of the current format', () => {
    const result = decodePermalink(`policy=${b64('x'.repeat(1_000_001))}`);
    expect(result.ok ? null : result.error.code).toBe('invalid-payload');
  });
});

describe('migrate', () => {
  it('leaves a current-format payload as it is', () => {
    const payload = { t: 'x' };
    expect(migrate(payload, CURRENT_FORMAT)).toBe(payload);
  });

  it('turns a format-0 payload into a format-1 one', () => {
    expect(migrate({ policy: 'a', boundary: null }, 0)).toEqual({
      i: [{ n: LEGACY_NAMES.policy, t: 'a' }],
      b: null,
    });
  });

  it('does not mark current links as migrated', () => {
    const result = decodePermalink('s=1.q64FAA');
    expect(result.ok && 'migratedFrom' in result).toBe(false);
  });
});
