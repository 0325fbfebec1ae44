/** SCPs at the root, an OU and the account: every level must allow. */

import { ADMINISTRATOR_ACCESS, defineExample, FULL_AWS_ACCESS, orgLevel, policy } from './define';

const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:user/ops-lead`;

/** `scp-levels`: an OU that allows only some services cuts the rest, a root Deny is explicit. */
export const scpLevels = defineExample({
  id: 'scp-levels',
  title: 'SCPs at three levels of the organization',
  summary:
    'FullAWSAccess at the root and the account, but the Workloads OU allows only EC2, S3 and CloudWatch.',
  explanation:
    'For a member account, there must be an SCP Allow at every level from the root through each OU to ' +
    'the account itself. The root and the account keep FullAWSAccess, but the Workloads OU replaced it ' +
    'with an allow-list of services, so DynamoDB is implicitly denied by SCPs even for a user with ' +
    'AdministratorAccess. The root also carries a Deny on leaving the organization, an explicit deny. ' +
    'SCPs never grant anything: try removing the identity policy.',
  tags: ['scp', 'organizations', 'explicit-deny', 'messages'],
  source:
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html',
  setup: {
    principal: USER,
    identityPolicies: [policy('AdministratorAccess', ADMINISTRATOR_ACCESS)],
    serviceControlPolicies: [
      orgLevel('Root', [
        FULL_AWS_ACCESS,
        policy('DenyLeaveOrganization', {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyLeaveOrganization',
              Effect: 'Deny',
              Action: 'organizations:LeaveOrganization',
              Resource: '*',
            },
          ],
        }),
      ]),
      orgLevel('ou-a1b2-workloads', [
        policy('AllowApprovedServices', {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AllowApprovedServices',
              Effect: 'Allow',
              Action: ['ec2:*', 's3:*', 'cloudwatch:*'],
              Resource: '*',
            },
          ],
        }),
      ]),
      orgLevel('Account', [FULL_AWS_ACCESS]),
    ],
  },
  expectations: [
    {
      request: { action: 's3:ListAllMyBuckets', resource: '*', context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'Every level has an Allow for S3 and AdministratorAccess allows it.',
    },
    {
      request: {
        action: 'dynamodb:Scan',
        resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders`,
        context: {},
      },
      decision: 'ImplicitDeny',
      deniedBy: 'scp',
      message:
        `User: ${USER} is not authorized to perform: dynamodb:Scan on resource: ` +
        `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders because no service control policy allows the dynamodb:Scan action`,
      why: 'The OU level has no Allow for DynamoDB; an Allow at the root and the account does not make up for it.',
    },
    {
      request: { action: 'organizations:LeaveOrganization', resource: '*', context: {} },
      decision: 'ExplicitDeny',
      deniedBy: 'scp',
      message:
        `User: ${USER} is not authorized to perform: organizations:LeaveOrganization ` +
        'with an explicit deny in a service control policy',
      why: 'The root level denies it explicitly, which overrides FullAWSAccess and AdministratorAccess.',
    },
  ],
});
