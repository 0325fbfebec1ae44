/** The example the project was born from: AdministratorAccess capped by an EC2-only boundary. */

import { ADMINISTRATOR_ACCESS, defineExample, policy } from './define';

const SESSION = 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession';

/** `ec2-boundary`: a role with AdministratorAccess whose boundary allows only EC2. */
export const ec2Boundary = defineExample({
  id: 'ec2-boundary',
  title: 'AdministratorAccess inside an EC2-only boundary',
  summary: 'A role with AdministratorAccess can still only use EC2: the boundary is the ceiling.',
  explanation:
    'The role demo-restricted-admin has the AWS managed policy AdministratorAccess, which allows every ' +
    'action, and the permissions boundary ec2-boundary, which allows only ec2:*. A request succeeds only ' +
    'when both allow it, so the session may use EC2 and nothing else. The S3 denial is implicit: the ' +
    'boundary simply has no Allow for it. Try adding "s3:ListAllMyBuckets" to the boundary, or deleting ' +
    'the boundary altogether.',
  tags: ['boundary', 'role-session', 'messages'],
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
  setup: {
    principal: SESSION,
    identityPolicies: [policy('AdministratorAccess', ADMINISTRATOR_ACCESS)],
    permissionsBoundary: policy('ec2-boundary', {
      Version: '2012-10-17',
      Statement: [{ Sid: 'AllowEC2Only', Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
    }),
  },
  expectations: [
    {
      request: { action: 'ec2:DescribeInstances', resource: '*', context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'AdministratorAccess allows it and the boundary statement AllowEC2Only covers every EC2 action.',
    },
    {
      request: { action: 's3:ListAllMyBuckets', resource: '*', context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'boundary',
      message:
        `User: ${SESSION} is not authorized to perform: s3:ListAllMyBuckets ` +
        'because no permissions boundary allows the s3:ListAllMyBuckets action',
      why: 'AdministratorAccess allows it, but a boundary grants nothing by itself and this one has no Allow for S3.',
    },
  ],
});
