/**
 * Links already handed out must keep opening. These fragments were written by format 1 when it
 * was introduced; if a change to the wire keys, the defaults or the dictionary breaks them, it
 * needs a new format version and a migration instead.
 */
import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { decodePermalink } from './codec';
import { FORMAT_1_DICTIONARY } from './dictionary';
import { DEFAULT_SHARED_STATE, type SharedState } from './schema';

const S3_BOUNDARY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:*",
      "Resource": "*"
    }
  ]
}
`;

const GOLDEN: readonly [string, string, SharedState][] = [
  ['the default state', 's=1.q64FAA', DEFAULT_SHARED_STATE],
  [
    'the example with an S3 boundary',
    's=1.q6ZDgBDvXVAniWTf1gIA',
    { ...DEFAULT_SHARED_STATE, permissionsBoundary: { name: 'ec2-boundary', text: S3_BOUNDARY } },
  ],
  [
    'a state that sets most fields',
    's=1.w9YKQm7XgVtBicAQBRVHwLCDNHFAjR1IKBbDIwscgLUgy9EaQPDARQu42NpBWImgBBxykQ0KMZQqPkk_G5ZfTIDAFAjMgABHfjE0AGYXYIYB1QeIPj3QMqBdoICNBWYiSDjBQ4PYmgNUScBLMWBmBAA',
    {
      ...DEFAULT_SHARED_STATE,
      principal: 'arn:aws:iam::111122223333:user/alice',
      permissionsBoundary: null,
      sessionPolicy: { name: 'session', text: '{}' },
      resourcePolicy: { name: 'bucket', text: '{"Statement": []}', kind: 'resource' },
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
      ],
      requests: [
        {
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::b/k',
          resourceAccount: '444455556666',
          context: { 'aws:SourceIp': '10.0.0.1', 'aws:TagKeys': ['a', 'b'] },
        },
      ],
      tab: 'resource',
      selectedAction: 's3:GetObject',
      filters: { search: 's3:Get*', region: 'eu-west-1' },
    },
  ],
];

describe('format 1 compatibility', () => {
  it.each(GOLDEN)('still opens %s', (_name, link, expected) => {
    expect(decodePermalink(link)).toStrictEqual({ ok: true, state: expected });
  });

  it('keeps the preset dictionary byte for byte', () => {
    const digest = createHash('sha256').update(FORMAT_1_DICTIONARY).digest('hex');
    expect(digest).toBe('e1d57cbac3f8cdf49edee0142d9a1977e3e2187904f31fabbd296292b4d014f0');
  });
});
