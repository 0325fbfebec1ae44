/** Resource control policies as a data perimeter around a bucket. */

import { defineExample, orgLevel, policy, resourcePolicy } from './define';

const CALLER_ACCOUNT = '444455556666';
const BUCKET_ACCOUNT = '111122223333';
const ORG_ID = 'o-a1b2c3d4e5';
const USER = `arn:aws:iam::${CALLER_ACCOUNT}:user/etl-runner`;
const BUCKET = 'amzn-s3-demo-finance-exports';
const OBJECT = `arn:aws:s3:::${BUCKET}/2024/11/ledger.csv`;

/** `rcp-data-perimeter`: RCP Denies beat a bucket-policy grant. */
export const rcpDataPerimeter = defineExample({
  id: 'rcp-data-perimeter',
  title: 'RCP data perimeter around S3',
  summary:
    'RCPs deny S3 access from outside the organization and over plain HTTP, whatever the bucket policy says.',
  explanation:
    'Resource control policies cap what can be done to resources in member accounts. Every level has ' +
    "AWS's RCPFullAWSAccess, which cannot be detached, so customer RCPs only deny: the root adds two " +
    'Deny statements, one for principals whose aws:PrincipalOrgID ' +
    "is not the organization's, one for requests without TLS. The caller sits in another account of the " +
    'same organization and is trusted by the bucket policy; the requests vary the context to show each ' +
    'Deny. RCPs grant nothing: try removing the bucket policy.',
  tags: ['rcp', 'organizations', 'data-perimeter', 'cross-account', 'explicit-deny'],
  source:
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_examples.html',
  setup: {
    principal: USER,
    identityPolicies: [
      policy('ReadFinanceExports', {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ReadExports',
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: `arn:aws:s3:::${BUCKET}/*`,
          },
        ],
      }),
    ],
    resourcePolicy: resourcePolicy('resource', `${BUCKET} bucket policy`, {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AnalyticsAccountMayRead',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${CALLER_ACCOUNT}:root` },
          Action: 's3:GetObject',
          Resource: `arn:aws:s3:::${BUCKET}/*`,
        },
      ],
    }),
    resourceControlPolicies: [
      orgLevel('Root', [
        policy('DataPerimeter', {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'EnforceOrgIdentities',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: '*',
              Condition: {
                StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG_ID },
                BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
              },
            },
            {
              Sid: 'EnforceSecureTransport',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: '*',
              Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
            },
          ],
        }),
      ]),
    ],
  },
  expectations: [
    {
      request: {
        action: 's3:GetObject',
        resource: OBJECT,
        resourceAccount: BUCKET_ACCOUNT,
        context: { 'aws:PrincipalOrgID': ORG_ID, 'aws:SecureTransport': 'true' },
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 'The caller is in the organization and uses TLS, so no RCP Deny matches; both accounts allow.',
    },
    {
      request: {
        action: 's3:GetObject',
        resource: OBJECT,
        resourceAccount: BUCKET_ACCOUNT,
        context: { 'aws:PrincipalOrgID': ORG_ID, 'aws:SecureTransport': 'false' },
      },
      decision: 'ExplicitDeny',
      deniedBy: 'rcp',
      message:
        `User: ${USER} is not authorized to perform: s3:GetObject on resource: ${OBJECT} ` +
        'with an explicit deny in a resource control policy',
      why: 'A plain-HTTP request matches EnforceSecureTransport, which overrides the bucket policy.',
    },
    {
      request: {
        action: 's3:GetObject',
        resource: OBJECT,
        resourceAccount: BUCKET_ACCOUNT,
        context: { 'aws:PrincipalOrgID': 'o-z9y8x7w6v5', 'aws:SecureTransport': 'true' },
      },
      decision: 'ExplicitDeny',
      deniedBy: 'rcp',
      why: 'A principal of another organization matches EnforceOrgIdentities, even though the bucket policy trusts its account.',
    },
  ],
});
