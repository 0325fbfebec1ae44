/** A boundary written with Allow + NotAction: everything except IAM and Organizations. */

import { ADMINISTRATOR_ACCESS, defineExample, policy } from './define';

const ACCOUNT = '111122223333';
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/developer/priya`;

/** `notaction-boundary`: Allow NotAction in a boundary cuts IAM actions implicitly. */
export const notActionBoundary = defineExample({
  id: 'notaction-boundary',
  title: 'A NotAction boundary: everything but IAM',
  summary:
    'A boundary that allows every action except iam:* and organizations:* leaves those implicitly denied.',
  explanation:
    'The developer role has AdministratorAccess, but its boundary is one statement: Allow with NotAction ' +
    'iam:* and organizations:*. NotAction with Allow never denies anything; it just does not allow the ' +
    'listed actions, so IAM calls are implicitly denied by the boundary while every other service passes. ' +
    'Compare with the boundary-deny example, where the same cut is an explicit Deny. Try changing ' +
    'NotAction to Action and see the result flip.',
  tags: ['boundary', 'notaction', 'role-session'],
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
  setup: {
    principal: SESSION,
    identityPolicies: [policy('AdministratorAccess', ADMINISTRATOR_ACCESS)],
    permissionsBoundary: policy('DeveloperBoundary', {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EverythingButIdentityAdmin',
          Effect: 'Allow',
          NotAction: ['iam:*', 'organizations:*'],
          Resource: '*',
        },
      ],
    }),
  },
  expectations: [
    {
      request: {
        action: 'lambda:CreateFunction',
        resource: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:thumbnailer`,
        context: {},
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 'lambda:CreateFunction is not in the NotAction list, so the boundary allows it and AdministratorAccess does too.',
    },
    {
      request: { action: 's3:CreateBucket', resource: 'arn:aws:s3:::priya-scratch-bucket', context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'Any action outside iam:* and organizations:* is inside the boundary.',
    },
    {
      request: {
        action: 'iam:AttachRolePolicy',
        resource: `arn:aws:iam::${ACCOUNT}:role/developer`,
        context: {},
      },
      decision: 'ImplicitDeny',
      deniedBy: 'boundary',
      message:
        `User: ${SESSION} is not authorized to perform: iam:AttachRolePolicy on resource: ` +
        `arn:aws:iam::${ACCOUNT}:role/developer because no permissions boundary allows the iam:AttachRolePolicy action`,
      why: 'iam:* is excluded by NotAction, so no boundary statement allows it: an implicit deny, not an explicit one.',
    },
    {
      request: { action: 'organizations:LeaveOrganization', resource: '*', context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'boundary',
      why: 'organizations:* is excluded too; AdministratorAccess cannot reach past the boundary.',
    },
  ],
});
