import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeBase64Url, encodeBase64Url } from './base64url';
import { decodePermalink, encodePermalink, validateSharedState } from './codec';
import { PERMALINK_ERROR_CODES, type DecodeResult } from './errors';
import type { PolicySource, SharedState } from './schema';
import { LAYERS, RESOURCE_POLICY_KINDS } from '../engine';

/** Any text, including lone surrogates (which JSON must escape) and astral characters. */
const anyText = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
    },
    { weight: 4, arbitrary: fc.constantFrom('{', '}', '"', '\\', '\n', ' ', '<script>', '__proto__') },
  ),
  maxLength: 200,
});
const shortText = fc.string({ unit: 'grapheme', maxLength: 40 });

const managedArn = fc
  .tuple(fc.constantFrom('aws', 'aws-cn', 'aws-us-gov'), fc.stringMatching(/^[A-Za-z0-9_/-]{1,40}$/))
  .map(([partition, rest]) => `arn:${partition}:iam::aws:policy/${rest}`);

const policySource: fc.Arbitrary<PolicySource> = fc.oneof(
  fc.record({ name: shortText, text: anyText }, { noNullPrototype: true }),
  fc.record({ name: shortText, managedArn }, { noNullPrototype: true }),
);

const orgLevels = fc.array(
  fc.record(
    { target: shortText, policies: fc.array(policySource, { maxLength: 4 }) },
    { noNullPrototype: true },
  ),
  {
    maxLength: 4,
  },
);

const context = fc.dictionary(
  // Not `constructor`: vitest's strict equality compares objects' `constructor` members by identity.
  fc.oneof(shortText, fc.constantFrom('__proto__', 'toString', 'hasOwnProperty', 'aws:SourceIp')),
  fc.oneof(shortText, fc.array(shortText, { maxLength: 4 })),
  { maxKeys: 5, noNullPrototype: true },
);

const expectation = fc.record(
  {
    decision: fc.constantFrom('Allowed' as const, 'ExplicitDeny' as const, 'ImplicitDeny' as const),
    deniedBy: fc.constantFrom(...LAYERS),
  },
  { requiredKeys: ['decision'], noNullPrototype: true },
);

const request = fc.record(
  {
    action: shortText,
    resource: shortText,
    resourceAccount: shortText,
    context,
    viaVpcEndpoint: fc.boolean(),
    expect: expectation,
  },
  { requiredKeys: ['action', 'resource', 'context'], noNullPrototype: true },
);

/** Any valid SharedState; optional keys are either absent or set, never `undefined`. */
const sharedState: fc.Arbitrary<SharedState> = fc.record(
  {
    principal: shortText,
    sessionIssuer: shortText,
    organization: fc.record({ managementAccount: shortText }, { noNullPrototype: true }),
    identityPolicies: fc.array(policySource, { maxLength: 25 }),
    permissionsBoundary: fc.option(policySource, { nil: null }),
    sessionPolicy: fc.option(policySource, { nil: null }),
    resourcePolicy: fc.option(
      fc
        .tuple(policySource, fc.constantFrom(...RESOURCE_POLICY_KINDS))
        .map(([source, kind]) => ({ ...source, kind })),
      { nil: null },
    ),
    vpcEndpointPolicy: fc.option(policySource, { nil: null }),
    serviceControlPolicies: orgLevels,
    resourceControlPolicies: orgLevels,
    requests: fc.array(request, { maxLength: 5 }),
    tab: shortText,
    selectedAction: fc.option(shortText, { nil: null }),
    filters: fc.record(
      { search: shortText, service: shortText, accessLevel: shortText, region: shortText },
      { requiredKeys: [], noNullPrototype: true },
    ),
  },
  {
    requiredKeys: [
      'principal',
      'identityPolicies',
      'permissionsBoundary',
      'sessionPolicy',
      'resourcePolicy',
      'vpcEndpointPolicy',
      'serviceControlPolicies',
      'resourceControlPolicies',
      'requests',
      'tab',
      'selectedAction',
      'filters',
    ],
    noNullPrototype: true,
  },
);

/** Decodes and checks the contract: an error with a known code, or a state that passes validation. */
function decodeSafely(hash: string): DecodeResult {
  let result: DecodeResult | undefined;
  expect(() => {
    result = decodePermalink(hash);
  }).not.toThrow();
  if (result === undefined) throw new Error('unreachable');
  if (result.ok) expect(validateSharedState(result.state)).toBeNull();
  else expect(PERMALINK_ERROR_CODES).toContain(result.error.code);
  return result;
}

// Properties run a few hundred encodes and decodes each; the first runs are slow before the JIT warms up.
describe('permalink properties', { timeout: 60_000 }, () => {
  it('round-trips any valid state', () => {
    fc.assert(
      fc.property(sharedState, (state) => {
        expect(decodePermalink(encodePermalink(state))).toStrictEqual({ ok: true, state });
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }).map((text) => `s=1.${text}`),
          fc.string().map((text) => `#policy=${text}&boundary=${text}`),
        ),
        (hash) => {
          decodeSafely(hash);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on random base64url data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        decodeSafely(`s=1.${encodeBase64Url(bytes)}`);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on truncated links', () => {
    fc.assert(
      fc.property(sharedState, fc.nat(), (state, cut) => {
        const link = encodePermalink(state);
        decodeSafely(link.slice(0, cut % link.length));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on bit-flipped links', () => {
    fc.assert(
      fc.property(sharedState, fc.nat(), fc.integer({ min: 0, max: 7 }), (state, at, bit) => {
        const link = encodePermalink(state);
        const bytes = decodeBase64Url(link.slice(link.indexOf('.') + 1));
        if (bytes === null) throw new Error('encoder wrote invalid base64url');
        const index = at % bytes.length;
        bytes[index] = (bytes[index] as number) ^ (1 << bit);
        decodeSafely(`s=1.${encodeBase64Url(bytes)}`);
      }),
      { numRuns: 150 },
    );
  });
});
