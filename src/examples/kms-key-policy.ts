/** A KMS key policy without the "enable IAM policies" statement: IAM policies cannot help. */

import { defineExample, policy, resourcePolicy } from './define';

const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:user/analytics-app`;
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

/** `kms-key-policy`: even in the same account, the key policy must allow the caller. */
export const kmsKeyPolicy = defineExample({
  id: 'kms-key-policy',
  title: 'KMS: the key policy has the last word',
  summary: 'The key policy names the app user only for Decrypt, so its IAM policy cannot add Encrypt.',
  explanation:
    'Unlike most resources, a KMS key is usable only if its key policy allows it, even in the same ' +
    'account. A key policy may delegate to IAM by allowing the account (arn:aws:iam::…:root); this one ' +
    'does not, so the identity policy of analytics-app, which allows kms:Encrypt and kms:Decrypt, counts ' +
    'for nothing. Only what the key policy grants to the user directly works. Try adding a statement ' +
    'that allows the account root kms:* and rerun.',
  tags: ['kms', 'resource-policy', 'messages'],
  source: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
  setup: {
    principal: USER,
    identityPolicies: [
      policy('UseDataKey', {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'UseKey', Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: KEY },
        ],
      }),
    ],
    resourcePolicy: resourcePolicy('kms-key', 'data-key key policy', {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'KeyAdministrators',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` },
          Action: ['kms:Describe*', 'kms:Enable*', 'kms:Disable*', 'kms:Put*', 'kms:ScheduleKeyDeletion'],
          Resource: '*',
        },
        {
          Sid: 'AppMayDecrypt',
          Effect: 'Allow',
          Principal: { AWS: USER },
          Action: 'kms:Decrypt',
          Resource: '*',
        },
      ],
    }),
  },
  expectations: [
    {
      request: { action: 'kms:Decrypt', resource: KEY, context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'The key policy names the user for kms:Decrypt.',
    },
    {
      request: { action: 'kms:Encrypt', resource: KEY, context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'resource',
      message:
        `User: ${USER} is not authorized to perform: kms:Encrypt on this resource because the resource ` +
        'does not exist in this Region, no resource-based policies allow access, or a resource-based ' +
        'policy explicitly denies access',
      why: 'The identity policy allows it, but the key policy neither allows the user nor the account, and it must.',
    },
  ],
});
