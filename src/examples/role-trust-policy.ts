/** Assuming a role: the caller's identity policy and the role's trust policy must both allow. */

import { defineExample, policy, resourcePolicy } from './define';

const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/DeployRole`;

/** `role-trust-policy`: a trust policy that trusts the account only with MFA. */
export const roleTrustPolicy = defineExample({
  id: 'role-trust-policy',
  title: 'Role trust policy with an MFA condition',
  summary: 'DeployRole trusts its own account only when the caller signed in with MFA.',
  explanation:
    "The trust policy is the role's resource-based policy for sts:AssumeRole. It trusts the account " +
    '(arn:aws:iam::…:root), which hands the decision to IAM, so Alice also needs an identity policy ' +
    'that allows sts:AssumeRole on the role, and the request must carry aws:MultiFactorAuthPresent ' +
    '"true". Trust policies have no Resource element. Try replacing the account in Principal with ' +
    "Alice's user ARN and deleting her identity policy.",
  tags: ['role-trust', 'resource-policy', 'mfa', 'messages'],
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html',
  setup: {
    principal: USER,
    identityPolicies: [
      policy('AssumeDeployRole', {
        Version: '2012-10-17',
        Statement: [{ Sid: 'AssumeDeploy', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }],
      }),
    ],
    resourcePolicy: resourcePolicy('role-trust', 'DeployRole trust policy', {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'TrustAccountWithMFA',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'sts:AssumeRole',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ],
    }),
  },
  expectations: [
    {
      request: {
        action: 'sts:AssumeRole',
        resource: ROLE,
        context: { 'aws:MultiFactorAuthPresent': 'true' },
      },
      decision: 'Allowed',
      deniedBy: null,
      why: "The trust policy trusts the account with MFA, and Alice's identity policy allows the call.",
    },
    {
      request: { action: 'sts:AssumeRole', resource: ROLE, context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'resource',
      message:
        `User: ${USER} is not authorized to perform: sts:AssumeRole on resource: ${ROLE} ` +
        'because no role trust policy allows the sts:AssumeRole action',
      why: 'Without MFA the key is missing, Bool is false, and the trust policy does not allow the caller.',
    },
  ],
});
