/** Attribute-based access control: principal tag matched against resource tag. */

import { defineExample, policy } from './define';

const ACCOUNT = '111122223333';
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/EngineerRole/li-wei`;
const INSTANCE = (id: string): string => `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/${id}`;

/** `tag-based-access`: `aws:ResourceTag/team` must equal `${aws:PrincipalTag/team}`. */
export const tagBasedAccess = defineExample({
  id: 'tag-based-access',
  title: "ABAC: your team tag must match the resource's",
  summary: 'Engineers may start and stop only instances whose team tag equals their own principal tag.',
  explanation:
    'One policy serves every team: the condition compares the aws:ResourceTag/team of the instance with ' +
    "the ${aws:PrincipalTag/team} policy variable, filled in from the caller's own tag. The requests " +
    "give both keys as context, the way AWS would from the role's tags and the instance's tags. An " +
    'untagged instance has no aws:ResourceTag/team, and a positive operator on a missing key is false, ' +
    'so it is denied too. Try changing the principal tag in a request to "search".',
  tags: ['abac', 'tags', 'policy-variables', 'conditions'],
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_attribute-based-access-control.html',
  setup: {
    principal: SESSION,
    identityPolicies: [
      policy('TeamInstances', {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'DescribeAll', Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
          {
            Sid: 'StartStopOwnTeam',
            Effect: 'Allow',
            Action: ['ec2:StartInstances', 'ec2:StopInstances'],
            Resource: `arn:aws:ec2:*:${ACCOUNT}:instance/*`,
            Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } },
          },
        ],
      }),
    ],
  },
  expectations: [
    {
      request: {
        action: 'ec2:StopInstances',
        resource: INSTANCE('i-0a1b2c3d4e5f60001'),
        context: { 'aws:PrincipalTag/team': 'payments', 'aws:ResourceTag/team': 'payments' },
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 'The instance is tagged team=payments and so is the caller, so StringEquals holds.',
    },
    {
      request: {
        action: 'ec2:StopInstances',
        resource: INSTANCE('i-0a1b2c3d4e5f60002'),
        context: { 'aws:PrincipalTag/team': 'payments', 'aws:ResourceTag/team': 'search' },
      },
      decision: 'ImplicitDeny',
      deniedBy: 'identity',
      message:
        `User: ${SESSION} is not authorized to perform: ec2:StopInstances on resource: ` +
        `${INSTANCE('i-0a1b2c3d4e5f60002')} because no identity-based policy allows the ec2:StopInstances action`,
      why: "The instance belongs to team search, which is not the caller's team.",
    },
    {
      request: {
        action: 'ec2:StartInstances',
        resource: INSTANCE('i-0a1b2c3d4e5f60003'),
        context: { 'aws:PrincipalTag/team': 'payments' },
      },
      decision: 'ImplicitDeny',
      deniedBy: 'identity',
      why: 'The instance has no team tag; StringEquals on a missing key is false.',
    },
    {
      request: {
        action: 'ec2:StartInstances',
        resource: INSTANCE('i-0a1b2c3d4e5f60004'),
        context: { 'aws:ResourceTag/team': 'payments' },
      },
      decision: 'ImplicitDeny',
      deniedBy: 'identity',
      why: 'Without a team tag on the caller the variable has no value, and a positive operator then never matches.',
    },
  ],
});
