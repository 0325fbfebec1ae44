/** A bucket policy naming an IAM user: the user's boundary does not limit that grant. */

import { defineExample } from './define';
import {
  EC2_ONLY_BOUNDARY,
  EC2_ONLY_IDENTITY,
  REPORT_OBJECT,
  REPORTS_ACCOUNT,
  REPORTS_BUCKET,
  reportsBucketPolicy,
} from './shared-s3';

const USER = `arn:aws:iam::${REPORTS_ACCOUNT}:user/analyst-maria`;

/** `resource-policy-user`: a same-account grant to a user ARN bypasses the boundary. */
export const resourcePolicyUser = defineExample({
  id: 'resource-policy-user',
  title: 'Bucket policy naming a user: the boundary does not apply',
  summary:
    'A same-account bucket policy that names an IAM user lets it read, although its boundary allows only EC2.',
  explanation:
    'The user analyst-maria has an EC2-only identity policy and an EC2-only boundary, yet the bucket ' +
    'policy names her user ARN. In the same account, permissions granted to a user ARN by a ' +
    'resource-based policy are not limited by an implicit deny in identity policies or the permissions ' +
    'boundary, so the read succeeds. Compare with resource-policy-role, where the same bucket policy ' +
    'names a role. Try adding a Deny to the boundary: explicit denies still win.',
  tags: ['resource-policy', 'boundary', 's3', 'iam-user'],
  source:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
  setup: {
    principal: USER,
    identityPolicies: [EC2_ONLY_IDENTITY],
    permissionsBoundary: EC2_ONLY_BOUNDARY,
    resourcePolicy: reportsBucketPolicy(USER),
  },
  expectations: [
    {
      request: { action: 's3:GetObject', resource: REPORT_OBJECT, context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'The bucket policy grants the user ARN directly, and such a grant is not capped by the boundary.',
    },
    {
      request: { action: 's3:PutObject', resource: REPORT_OBJECT, context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'identity',
      message:
        `User: ${USER} is not authorized to perform: s3:PutObject on resource: ${REPORT_OBJECT} ` +
        'because no identity-based policy allows the s3:PutObject action',
      why: 'The bucket policy grants only s3:GetObject, and nothing else allows a write.',
    },
    {
      request: { action: 's3:ListBucket', resource: `arn:aws:s3:::${REPORTS_BUCKET}`, context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'identity',
      why: 'ReadReports covers objects (bucket/*), not the bucket itself, so listing is not granted.',
    },
    {
      request: { action: 'ec2:DescribeInstances', resource: '*', context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'Both the identity policy and the boundary allow EC2.',
    },
  ],
});
