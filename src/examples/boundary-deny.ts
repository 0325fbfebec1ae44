/** A boundary with explicit Deny statements next to a broad Allow. */

import { ADMINISTRATOR_ACCESS, defineExample, policy } from './define';

const ACCOUNT = '111122223333';
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/platform-engineer/diego`;

/** `boundary-deny`: Deny statements in a boundary give explicit denies. */
export const boundaryDeny = defineExample({
  id: 'boundary-deny',
  title: 'Explicit denies inside a boundary',
  summary: 'A boundary that allows everything but denies IAM changes and regions outside the EU.',
  explanation:
    'This boundary allows "*" and then subtracts with Deny statements: no IAM user, role or policy ' +
    'changes, and no EC2, RDS or Lambda outside eu-west-1 and eu-central-1. A Deny in a boundary is an ' +
    'explicit deny like any other, so the AccessDenied message says "with an explicit deny in a ' +
    'permissions boundary". Try removing aws:RequestedRegion from a request: StringNotEquals is true for ' +
    'a missing key, so the region Deny then applies.',
  tags: ['boundary', 'explicit-deny', 'conditions', 'messages'],
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
  setup: {
    principal: SESSION,
    identityPolicies: [policy('AdministratorAccess', ADMINISTRATOR_ACCESS)],
    permissionsBoundary: policy('PlatformBoundary', {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AllowEverything', Effect: 'Allow', Action: '*', Resource: '*' },
        {
          Sid: 'DenyIdentityChanges',
          Effect: 'Deny',
          Action: ['iam:Create*', 'iam:Delete*', 'iam:Put*', 'iam:Attach*', 'iam:Detach*', 'iam:Update*'],
          Resource: '*',
        },
        {
          Sid: 'DenyOutsideEU',
          Effect: 'Deny',
          Action: ['ec2:*', 'rds:*', 'lambda:*'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
        },
      ],
    }),
  },
  expectations: [
    {
      request: {
        action: 'ec2:RunInstances',
        resource: `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/*`,
        context: { 'aws:RequestedRegion': 'eu-west-1' },
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 'eu-west-1 is one of the listed regions, so DenyOutsideEU does not match and AllowEverything does.',
    },
    {
      request: {
        action: 'ec2:RunInstances',
        resource: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/*`,
        context: { 'aws:RequestedRegion': 'us-east-1' },
      },
      decision: 'ExplicitDeny',
      deniedBy: 'boundary',
      message:
        `User: ${SESSION} is not authorized to perform: ec2:RunInstances on resource: ` +
        `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/* with an explicit deny in a permissions boundary`,
      why: 'us-east-1 equals none of the listed regions, so the negated condition is true and the Deny matches.',
    },
    {
      request: {
        action: 'iam:CreateUser',
        resource: `arn:aws:iam::${ACCOUNT}:user/shadow-admin`,
        context: {},
      },
      decision: 'ExplicitDeny',
      deniedBy: 'boundary',
      message:
        `User: ${SESSION} is not authorized to perform: iam:CreateUser on resource: ` +
        `arn:aws:iam::${ACCOUNT}:user/shadow-admin with an explicit deny in a permissions boundary`,
      why: 'DenyIdentityChanges matches iam:Create*, and a Deny overrides the Allow in the same boundary.',
    },
    {
      request: { action: 'iam:ListRoles', resource: '*', context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'Read-only IAM calls are not in the Deny list, so AllowEverything lets them through.',
    },
  ],
});
