/** A bucket policy naming a role session: the grant goes to the session, past the boundary. */

import { defineExample } from './define';
import {
  EC2_ONLY_BOUNDARY,
  EC2_ONLY_IDENTITY,
  REPORT_OBJECT,
  REPORTS_ACCOUNT,
  reportsBucketPolicy,
} from './shared-s3';

const SESSION = `arn:aws:sts::${REPORTS_ACCOUNT}:assumed-role/ReportingRole/nightly-export`;

/** `resource-policy-session`: a same-account grant to the session ARN is not capped. */
export const resourcePolicySession = defineExample({
  id: 'resource-policy-session',
  title: 'Bucket policy naming the session: allowed past the boundary',
  summary:
    'Naming the assumed-role SESSION ARN grants directly to the session, so the boundary does not limit it.',
  explanation:
    'Same role, same EC2-only boundary, but the bucket policy now names the session ARN ' +
    'arn:aws:sts::…:assumed-role/ReportingRole/nightly-export. AWS documents that permissions granted ' +
    'directly to a session are not limited by an implicit deny in an identity-based policy, a ' +
    'permissions boundary or a session policy, so the read is allowed. A session ARN names one session ' +
    "only: change the principal's session name and the grant no longer applies.",
  tags: ['resource-policy', 'boundary', 's3', 'role-session'],
  source:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
  setup: {
    principal: SESSION,
    identityPolicies: [EC2_ONLY_IDENTITY],
    permissionsBoundary: EC2_ONLY_BOUNDARY,
    resourcePolicy: reportsBucketPolicy(SESSION),
  },
  expectations: [
    {
      request: { action: 's3:GetObject', resource: REPORT_OBJECT, context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'The grant names this very session, and grants to a session are not limited by its boundary.',
    },
    {
      request: { action: 's3:DeleteObject', resource: REPORT_OBJECT, context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'identity',
      why: 'The bucket policy grants only s3:GetObject; the identity policy does not allow S3 at all.',
    },
    {
      request: {
        action: 'ec2:StopInstances',
        resource: `arn:aws:ec2:eu-west-1:${REPORTS_ACCOUNT}:instance/i-0abcd1234ef567890`,
        context: {},
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 'Both the identity policy and the boundary allow EC2.',
    },
  ],
});
