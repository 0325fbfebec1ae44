/** A bucket policy naming a role: the role session's boundary still limits that grant. */

import { defineExample } from './define';
import {
  EC2_ONLY_BOUNDARY,
  EC2_ONLY_IDENTITY,
  REPORT_OBJECT,
  REPORTS_ACCOUNT,
  reportsBucketPolicy,
} from './shared-s3';

const ROLE = `arn:aws:iam::${REPORTS_ACCOUNT}:role/ReportingRole`;
const SESSION = `arn:aws:sts::${REPORTS_ACCOUNT}:assumed-role/ReportingRole/nightly-export`;

/** `resource-policy-role`: a same-account grant to a role ARN is capped by the boundary. */
export const resourcePolicyRole = defineExample({
  id: 'resource-policy-role',
  title: 'Bucket policy naming a role: the boundary still applies',
  summary:
    'The same bucket policy naming the ROLE ARN does not let the role session read: the boundary blocks it.',
  explanation:
    'Requests are made by a role session, never by the role itself. AWS documents that resource-based ' +
    'policies granting permissions to an IAM role ARN are limited by an implicit deny in a permissions ' +
    'boundary or session policy, so this EC2-only boundary blocks the read although the bucket policy ' +
    'allows it. The identity policy is not needed for the grant, but the boundary is. Try naming the ' +
    'session ARN instead (see resource-policy-session) or removing the boundary.',
  tags: ['resource-policy', 'boundary', 's3', 'role-session'],
  source:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
  setup: {
    principal: SESSION,
    identityPolicies: [EC2_ONLY_IDENTITY],
    permissionsBoundary: EC2_ONLY_BOUNDARY,
    resourcePolicy: reportsBucketPolicy(ROLE),
  },
  expectations: [
    {
      request: { action: 's3:GetObject', resource: REPORT_OBJECT, context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'boundary',
      message:
        `User: ${SESSION} is not authorized to perform: s3:GetObject on resource: ${REPORT_OBJECT} ` +
        'because no permissions boundary allows the s3:GetObject action',
      why: 'A grant to the role ARN is limited by an implicit deny in the boundary, which allows only EC2.',
    },
    {
      request: { action: 'ec2:DescribeInstances', resource: '*', context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'Both the identity policy and the boundary allow EC2.',
    },
  ],
});
