/**
 * Delegated administration done naively: a boundary that caps the services but leaves every way
 * out of itself open. The Guardrails tab finds them and fixes them one by one.
 */

import { ADMINISTRATOR_ACCESS, defineExample, policy } from './define';

const ACCOUNT = '111122223333';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/team-admin`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/team-admin/priya`;
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/TeamBoundary`;

/** `delegated-admin-naive`: a team admin whose boundary caps services but not IAM itself. */
export const delegatedAdminNaive = defineExample({
  id: 'delegated-admin-naive',
  title: 'Delegated admin, naive',
  summary:
    'A boundary that caps the services but lets the team admin take it off, rewrite it or go around it.',
  explanation:
    'The platform team lets the role team-admin run IAM for its team, with AdministratorAccess capped by ' +
    'the boundary TeamBoundary (IAM, EC2, Lambda and CloudWatch only). The boundary does cut S3. Yet ' +
    'nothing stops Priya from deleting or replacing her own boundary, editing TeamBoundary, creating a ' +
    'role without a boundary and attaching AdministratorAccess to it, freeing another principal, or ' +
    'passing any role to EC2. Open the Guardrails tab: each finding shows the requests that prove it and ' +
    'offers the Deny statement AWS recommends, checked first on a copy. Apply them one by one and watch ' +
    'each check turn to pass; the last one, attaching policies to herself, is information only.',
  tags: ['boundary', 'delegation', 'guardrails', 'iam'],
  source:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html#access_policies_boundaries-delegate',
  setup: {
    principal: SESSION,
    sessionIssuer: ROLE,
    identityPolicies: [policy('AdministratorAccess', ADMINISTRATOR_ACCESS)],
    permissionsBoundary: {
      arn: BOUNDARY,
      ...policy('TeamBoundary', {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'TeamServices',
            Effect: 'Allow',
            Action: ['iam:*', 'ec2:*', 'lambda:*', 'cloudwatch:*'],
            Resource: '*',
          },
        ],
      }),
    },
  },
  expectations: [
    {
      request: {
        action: 'ec2:RunInstances',
        resource: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0abcd1234example`,
        context: {},
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 'AdministratorAccess allows it and TeamServices in the boundary covers EC2.',
    },
    {
      request: { action: 's3:ListAllMyBuckets', resource: '*', context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'boundary',
      why: 'The boundary has no Allow for S3: it does cap the services.',
    },
    {
      request: {
        action: 'iam:DeleteRolePermissionsBoundary',
        resource: ROLE,
        context: { 'iam:PermissionsBoundary': BOUNDARY },
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 'iam:* in the boundary includes removing the boundary itself: after this call, S3 is open too.',
    },
    {
      request: { action: 'iam:CreateRole', resource: `arn:aws:iam::${ACCOUNT}:role/anything`, context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'Nothing requires iam:PermissionsBoundary on CreateRole, so the new role has no boundary at all.',
    },
  ],
});
