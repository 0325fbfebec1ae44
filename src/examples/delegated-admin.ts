/**
 * Delegated administration, after the IAM User Guide's "delegating responsibility to others"
 * example: an administrator may create users and roles only if they carry a given boundary.
 */

import { defineExample, policy } from './define';

const ACCOUNT = '111122223333';
const ADMIN = `arn:aws:iam::${ACCOUNT}:user/Zhang`;
const COMPANY_BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/XCompanyBoundaries`;
const ADMIN_BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/DelegatedUserBoundary`;

/** `delegated-admin`: create principals only with the company boundary; never touch boundaries. */
export const delegatedAdmin = defineExample({
  id: 'delegated-admin',
  title: 'Delegated administration with a required boundary',
  summary: 'Zhang may create users and roles only when they get the XCompanyBoundaries boundary.',
  explanation:
    'María delegates user and role creation to Zhang without letting him escalate privileges. His ' +
    'identity policy allows iam:*, but his own boundary allows the create and permission-changing calls ' +
    'only when the request sets iam:PermissionsBoundary to XCompanyBoundaries, and explicitly denies ' +
    'editing the boundary policies or removing a boundary. One Deny goes beyond the User Guide: ' +
    'NoOwnBoundaryChange stops Zhang from putting XCompanyBoundaries on himself in place of his ' +
    'own boundary, which the pinned condition alone would allow (the Guardrails tab shows it). ' +
    'Try a request with another ' +
    'iam:PermissionsBoundary value, or remove the Condition from CreateOrChangeOnlyWithBoundary.',
  tags: ['boundary', 'delegation', 'conditions', 'iam'],
  source:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html#access_policies_boundaries-delegate',
  setup: {
    principal: ADMIN,
    identityPolicies: [
      policy('DelegatedUserPermissions', {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'IAM', Effect: 'Allow', Action: 'iam:*', Resource: '*' },
          {
            Sid: 'CloudWatchLimited',
            Effect: 'Allow',
            Action: ['cloudwatch:GetDashboard', 'cloudwatch:GetMetricData', 'cloudwatch:ListDashboards'],
            Resource: '*',
          },
        ],
      }),
    ],
    // With its ARN: the Guardrails check probes edits to the boundary policy by it.
    permissionsBoundary: {
      arn: ADMIN_BOUNDARY,
      ...policy('DelegatedUserBoundary', {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'CreateOrChangeOnlyWithBoundary',
            Effect: 'Allow',
            Action: [
              'iam:CreateUser',
              'iam:CreateRole',
              'iam:PutUserPermissionsBoundary',
              'iam:PutRolePermissionsBoundary',
              'iam:AttachUserPolicy',
              'iam:AttachRolePolicy',
              'iam:DetachUserPolicy',
              'iam:DetachRolePolicy',
              'iam:PutUserPolicy',
              'iam:PutRolePolicy',
              'iam:DeleteUserPolicy',
              'iam:DeleteRolePolicy',
            ],
            Resource: '*',
            Condition: { StringEquals: { 'iam:PermissionsBoundary': COMPANY_BOUNDARY } },
          },
          {
            Sid: 'CloudWatchAndOtherIAMTasks',
            Effect: 'Allow',
            Action: [
              'cloudwatch:*',
              'iam:Get*',
              'iam:List*',
              'iam:CreatePolicy',
              'iam:CreatePolicyVersion',
              'iam:DeletePolicy',
              'iam:DeletePolicyVersion',
              'iam:SetDefaultPolicyVersion',
              'iam:*Group*',
              'iam:DeleteUser',
              'iam:DeleteRole',
              'iam:CreateLoginProfile',
              'iam:CreateAccessKey',
            ],
            Resource: '*',
          },
          {
            Sid: 'NoBoundaryPolicyEdit',
            Effect: 'Deny',
            Action: [
              'iam:CreatePolicyVersion',
              'iam:DeletePolicy',
              'iam:DeletePolicyVersion',
              'iam:SetDefaultPolicyVersion',
            ],
            Resource: [COMPANY_BOUNDARY, ADMIN_BOUNDARY],
          },
          {
            Sid: 'NoBoundaryDelete',
            Effect: 'Deny',
            Action: ['iam:DeleteUserPermissionsBoundary', 'iam:DeleteRolePermissionsBoundary'],
            Resource: '*',
          },
          {
            Sid: 'NoOwnBoundaryChange',
            Effect: 'Deny',
            Action: 'iam:PutUserPermissionsBoundary',
            Resource: ADMIN,
          },
        ],
      }),
    },
  },
  expectations: [
    {
      request: {
        action: 'iam:CreateUser',
        resource: `arn:aws:iam::${ACCOUNT}:user/new-analyst`,
        context: { 'iam:PermissionsBoundary': COMPANY_BOUNDARY },
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 'The request sets the required boundary, so CreateOrChangeOnlyWithBoundary matches in the boundary.',
    },
    {
      request: { action: 'iam:CreateRole', resource: `arn:aws:iam::${ACCOUNT}:role/app-role`, context: {} },
      decision: 'ImplicitDeny',
      deniedBy: 'boundary',
      message:
        `User: ${ADMIN} is not authorized to perform: iam:CreateRole on resource: ` +
        `arn:aws:iam::${ACCOUNT}:role/app-role because no permissions boundary allows the iam:CreateRole action`,
      why: 'Without iam:PermissionsBoundary in the request the StringEquals condition fails, so the boundary has no Allow.',
    },
    {
      request: {
        action: 'iam:PutRolePermissionsBoundary',
        resource: `arn:aws:iam::${ACCOUNT}:role/app-role`,
        context: { 'iam:PermissionsBoundary': `arn:aws:iam::${ACCOUNT}:policy/PowerUserBoundary` },
      },
      decision: 'ImplicitDeny',
      deniedBy: 'boundary',
      why: 'Setting any boundary other than XCompanyBoundaries does not satisfy the condition.',
    },
    {
      request: { action: 'iam:CreatePolicyVersion', resource: COMPANY_BOUNDARY, context: {} },
      decision: 'ExplicitDeny',
      deniedBy: 'boundary',
      message:
        `User: ${ADMIN} is not authorized to perform: iam:CreatePolicyVersion on resource: ` +
        `${COMPANY_BOUNDARY} with an explicit deny in a permissions boundary`,
      why: 'NoBoundaryPolicyEdit denies changing the boundary policy itself, which beats every Allow.',
    },
    {
      request: {
        action: 'iam:DeleteUserPermissionsBoundary',
        resource: `arn:aws:iam::${ACCOUNT}:user/new-analyst`,
        context: {},
      },
      decision: 'ExplicitDeny',
      deniedBy: 'boundary',
      why: 'NoBoundaryDelete stops Zhang from removing the boundary from anyone, himself included.',
    },
  ],
});
