/** Cross-account access: the caller's account and the bucket's account must both allow. */

import { defineExample, policy, resourcePolicy } from './define';

const CALLER_ACCOUNT = '111122223333';
const BUCKET_ACCOUNT = '444455556666';
const USER = `arn:aws:iam::${CALLER_ACCOUNT}:user/carlos`;
const BUCKET = 'amzn-s3-demo-partner-exchange';
const OBJECT = `arn:aws:s3:::${BUCKET}/inbound/2024-11-02.json`;

/** `cross-account`: identity policy in one account, bucket policy in the other; both needed. */
export const crossAccount = defineExample({
  id: 'cross-account',
  title: 'Cross-account bucket access needs both sides',
  summary:
    'A user reads a bucket owned by another account: his identity policy and the bucket policy must both allow.',
  explanation:
    'S3 bucket ARNs carry no account, so each request says resourceAccount 444455556666. Across ' +
    "accounts AWS evaluates twice: the caller's account (identity policies, boundary, SCPs) and the " +
    "bucket's account (bucket policy, RCPs); both must allow. The bucket policy trusts the whole " +
    "account 111122223333, which delegates the decision to that account's IAM policies. Try removing " +
    'resourceAccount from a request: the bucket becomes same-account and the rules change.',
  tags: ['cross-account', 'resource-policy', 's3'],
  source:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
  setup: {
    principal: USER,
    identityPolicies: [
      policy('PartnerExchangeAccess', {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ReadAndWriteExchange',
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: `arn:aws:s3:::${BUCKET}/*`,
          },
        ],
      }),
    ],
    resourcePolicy: resourcePolicy('resource', `${BUCKET} bucket policy`, {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'PartnerMayRead',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${CALLER_ACCOUNT}:root` },
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
        },
      ],
    }),
  },
  expectations: [
    {
      request: { action: 's3:GetObject', resource: OBJECT, resourceAccount: BUCKET_ACCOUNT, context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: "Carlos's identity policy allows the read and the bucket policy trusts his account.",
    },
    {
      request: { action: 's3:PutObject', resource: OBJECT, resourceAccount: BUCKET_ACCOUNT, context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'resource',
      why: "His own account allows the write, but the bucket's owner grants only reads.",
    },
    {
      request: {
        action: 's3:ListBucket',
        resource: `arn:aws:s3:::${BUCKET}`,
        resourceAccount: BUCKET_ACCOUNT,
        context: {},
      },
      decision: 'ImplicitDeny',
      deniedBy: 'identity',
      why: 'The bucket policy allows listing, but across accounts that alone is not enough: no identity policy allows it.',
    },
  ],
});
