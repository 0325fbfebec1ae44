/**
 * The "deny everything except MFA self-service unless signed in with MFA" guardrail from the
 * IAM User Guide, with BoolIfExists and a Null check.
 */

import { defineExample, policy } from './define';

const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:user/mateo`;
const INSTANCE = `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0abcd1234ef567890`;

/** What a signed-in user's session with MFA carries. */
const WITH_MFA = { 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': '300' } as const;

/** `mfa-guardrail`: deny all but IAM self-service unless aws:MultiFactorAuthPresent. */
export const mfaGuardrail = defineExample({
  id: 'mfa-guardrail',
  title: 'Require MFA for everything but self-service',
  summary:
    'A Deny with NotAction and BoolIfExists blocks all but MFA set-up until the user signs in with MFA.',
  explanation:
    'Long-term access keys carry no aws:MultiFactorAuthPresent key at all, so the guardrail uses ' +
    'BoolIfExists: when the key is missing the condition is true and the Deny applies; when it is ' +
    '"false" it applies too; only "true" lifts it. NotAction keeps the calls needed to set up MFA and ' +
    'change a password outside the Deny. The second Deny shows the Null pattern: TerminateInstances ' +
    'is refused whenever aws:MultiFactorAuthAge is absent. Try changing BoolIfExists to Bool and ' +
    'rerunning the first request: a missing key makes Bool false, and the guardrail silently opens.',
  tags: ['mfa', 'conditions', 'missing-keys', 'notaction', 'explicit-deny'],
  source:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage.html',
  setup: {
    principal: USER,
    identityPolicies: [
      policy('EC2WithMFA', {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AllowEC2', Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
          {
            Sid: 'AllowManageOwnCredentials',
            Effect: 'Allow',
            Action: [
              'iam:ChangePassword',
              'iam:GetUser',
              'iam:CreateVirtualMFADevice',
              'iam:EnableMFADevice',
              'iam:ListMFADevices',
              'iam:ResyncMFADevice',
            ],
            Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:mfa/*'],
          },
          {
            Sid: 'DenyAllExceptListedIfNoMFA',
            Effect: 'Deny',
            NotAction: [
              'iam:ChangePassword',
              'iam:GetUser',
              'iam:CreateVirtualMFADevice',
              'iam:EnableMFADevice',
              'iam:ListMFADevices',
              'iam:ListVirtualMFADevices',
              'iam:ResyncMFADevice',
              'sts:GetSessionToken',
            ],
            Resource: '*',
            Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
          },
          {
            Sid: 'DenyTerminateWithoutMFA',
            Effect: 'Deny',
            Action: 'ec2:TerminateInstances',
            Resource: '*',
            Condition: { Null: { 'aws:MultiFactorAuthAge': 'true' } },
          },
        ],
      }),
    ],
  },
  expectations: [
    {
      request: { action: 'ec2:DescribeInstances', resource: '*', context: {} },
      decision: 'ExplicitDeny',
      deniedBy: 'identity',
      message:
        `User: ${USER} is not authorized to perform: ec2:DescribeInstances ` +
        'with an explicit deny in an identity-based policy',
      why: 'Long-term keys carry no aws:MultiFactorAuthPresent, and BoolIfExists is true for a missing key.',
    },
    {
      request: { action: 'iam:ChangePassword', resource: USER, context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'ChangePassword is in the NotAction list, so the Deny does not cover it, and ${aws:username} resolves to mateo.',
    },
    {
      request: { action: 'ec2:DescribeInstances', resource: '*', context: { ...WITH_MFA } },
      decision: 'Allowed',
      deniedBy: null,
      why: 'With aws:MultiFactorAuthPresent "true" the BoolIfExists "false" test fails, so only AllowEC2 matches.',
    },
    {
      request: {
        action: 'ec2:TerminateInstances',
        resource: INSTANCE,
        context: { 'aws:MultiFactorAuthPresent': 'false' },
      },
      decision: 'ExplicitDeny',
      deniedBy: 'identity',
      why: 'Credentials obtained without MFA say "false", which the guardrail denies; the Null check denies as well.',
    },
    {
      request: { action: 'ec2:TerminateInstances', resource: INSTANCE, context: { ...WITH_MFA } },
      decision: 'Allowed',
      deniedBy: null,
      why: 'An MFA session has both keys, so neither Deny matches and AllowEC2 allows the call.',
    },
  ],
});
