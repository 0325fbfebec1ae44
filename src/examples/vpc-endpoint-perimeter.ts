/** A VPC endpoint policy as an S3 data perimeter: only the organization's buckets, no deletes. */

import { defineExample, policy } from './define';

const ACCOUNT = '111122223333';
const ORG_ID = 'o-a1b2c3d4e5';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app-server`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/app-server/i-0abc123def4567890`;
const OWN_OBJECT = 'arn:aws:s3:::amzn-s3-demo-app-data/reports/2024.csv';
const FOREIGN_OBJECT = 'arn:aws:s3:::amzn-s3-demo-public-datasets/census.csv';

/** `vpc-endpoint-perimeter`: an S3 gateway endpoint policy keeps requests inside the organization. */
export const vpcEndpointPerimeter = defineExample({
  id: 'vpc-endpoint-perimeter',
  title: 'VPC endpoint policy as an S3 data perimeter',
  summary:
    "Requests through the VPC's S3 endpoint may only reach the organization's buckets, and never delete one.",
  explanation:
    'An instance role may use all of S3, but its requests leave the VPC through an S3 endpoint whose ' +
    'policy allows only buckets owned by the organization (aws:ResourceOrgID) and denies DeleteBucket. ' +
    'An endpoint policy grants nothing: it is one more ceiling, like a permissions boundary for the ' +
    'network path. Try the foreign bucket through the endpoint, then the same request marked as not ' +
    'using it.',
  tags: ['vpc-endpoint', 'data-perimeter', 'explicit-deny'],
  source: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html',
  setup: {
    principal: SESSION,
    sessionIssuer: ROLE,
    identityPolicies: [
      policy('AppServerS3', {
        Version: '2012-10-17',
        Statement: [{ Sid: 'AllS3', Effect: 'Allow', Action: 's3:*', Resource: '*' }],
      }),
    ],
    vpcEndpointPolicy: policy('s3-endpoint-perimeter', {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'OnlyOrganizationBuckets',
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringEquals: { 'aws:ResourceOrgID': ORG_ID } },
        },
        {
          Sid: 'NeverDeleteBuckets',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:DeleteBucket',
          Resource: '*',
        },
      ],
    }),
  },
  expectations: [
    {
      request: { action: 's3:GetObject', resource: OWN_OBJECT, context: { 'aws:ResourceOrgID': ORG_ID } },
      decision: 'Allowed',
      deniedBy: null,
      why: "The bucket belongs to the organization, so the endpoint policy lets the identity policy's grant through.",
    },
    {
      request: {
        action: 's3:GetObject',
        resource: FOREIGN_OBJECT,
        context: { 'aws:ResourceOrgID': 'o-z9y8x7w6v5' },
      },
      decision: 'ImplicitDeny',
      deniedBy: 'vpcEndpoint',
      message:
        `User: ${SESSION} is not authorized to perform: s3:GetObject on resource: ${FOREIGN_OBJECT} ` +
        'because no VPC endpoint policy allows the s3:GetObject action',
      why: 'The identity policy allows it, but the endpoint policy allows only the organization’s buckets.',
    },
    {
      request: {
        action: 's3:DeleteBucket',
        resource: 'arn:aws:s3:::amzn-s3-demo-app-data',
        context: { 'aws:ResourceOrgID': ORG_ID },
      },
      decision: 'ExplicitDeny',
      deniedBy: 'vpcEndpoint',
      message:
        `User: ${SESSION} is not authorized to perform: s3:DeleteBucket on resource: ` +
        'arn:aws:s3:::amzn-s3-demo-app-data with an explicit deny in a VPC endpoint policy',
      why: 'NeverDeleteBuckets matches: a Deny in the endpoint policy is explicit, even for the own bucket.',
    },
    {
      request: {
        action: 's3:GetObject',
        resource: FOREIGN_OBJECT,
        context: { 'aws:ResourceOrgID': 'o-z9y8x7w6v5' },
        viaVpcEndpoint: false,
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 'The same request not sent through the endpoint meets no endpoint policy: only the identity policy decides.',
    },
  ],
});
