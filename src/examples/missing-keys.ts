/** Condition keys the request does not carry: negated operators, IfExists and Null. */

import { defineExample, policy } from './define';

const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:user/priya`;
const LAKE = 'arn:aws:s3:::amzn-s3-demo-data-lake';
const INSTANCES = `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/*`;
const SUBNET = `arn:aws:ec2:eu-west-1:${ACCOUNT}:subnet/subnet-0123456789abcdef0`;

/** `missing-keys`: what each kind of condition does when the request lacks its key. */
export const missingKeys = defineExample({
  id: 'missing-keys',
  title: 'The missing-key trap',
  summary:
    'A negated Allow lets untagged objects through; a Deny with …IfExists fires when the key is absent.',
  explanation:
    'When a request has no value for a condition key, positive operators are false, negated operators ' +
    '(StringNotEquals…) are true, …IfExists operators are true, and Null "true" is true. So ' +
    'AllowUnrestrictedReads, meant as "everything but restricted objects", also allows objects with no ' +
    'classification tag at all. DenyLargeInstances, meant to cap instance sizes, also denies the subnet ' +
    'part of RunInstances, which has no ec2:InstanceType; the AWS docs use …IfExists with Allow for that ' +
    'reason. RequireCostCenter uses Null to refuse launches without the tag. Try adding ' +
    '"Null": {"s3:ExistingObjectTag/classification": "false"} to AllowUnrestrictedReads.',
  tags: ['conditions', 'missing-keys', 'ifexists', 'null', 'explicit-deny'],
  source:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
  setup: {
    principal: USER,
    identityPolicies: [
      policy('DataAndCompute', {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AllowUnrestrictedReads',
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: `${LAKE}/*`,
            Condition: { StringNotEquals: { 's3:ExistingObjectTag/classification': 'restricted' } },
          },
          { Sid: 'AllowLaunch', Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
          {
            Sid: 'DenyLargeInstances',
            Effect: 'Deny',
            Action: 'ec2:RunInstances',
            Resource: '*',
            Condition: { StringNotEqualsIfExists: { 'ec2:InstanceType': ['t3.micro', 't3.small'] } },
          },
          {
            Sid: 'RequireCostCenter',
            Effect: 'Deny',
            Action: 'ec2:RunInstances',
            Resource: INSTANCES,
            Condition: { Null: { 'aws:RequestTag/CostCenter': 'true' } },
          },
        ],
      }),
    ],
  },
  expectations: [
    {
      request: {
        action: 's3:GetObject',
        resource: `${LAKE}/hr/salaries.parquet`,
        context: { 's3:ExistingObjectTag/classification': 'restricted' },
      },
      decision: 'ImplicitDeny',
      deniedBy: 'identity',
      why: 'The object is tagged restricted, so StringNotEquals is false and nothing allows the read.',
    },
    {
      request: { action: 's3:GetObject', resource: `${LAKE}/hr/untagged-export.csv`, context: {} },
      decision: 'Allowed',
      deniedBy: null,
      why: 'The trap: the object has no classification tag, and a negated operator is true for a missing key.',
    },
    {
      request: {
        action: 'ec2:RunInstances',
        resource: INSTANCES,
        context: { 'ec2:InstanceType': 't3.micro', 'aws:RequestTag/CostCenter': 'cc-4410' },
      },
      decision: 'Allowed',
      deniedBy: null,
      why: 't3.micro is listed and the CostCenter tag is present, so neither Deny matches.',
    },
    {
      request: {
        action: 'ec2:RunInstances',
        resource: SUBNET,
        context: { 'aws:RequestTag/CostCenter': 'cc-4410' },
      },
      decision: 'ExplicitDeny',
      deniedBy: 'identity',
      why: 'The subnet has no ec2:InstanceType, and StringNotEqualsIfExists is true when the key is missing.',
    },
    {
      request: {
        action: 'ec2:RunInstances',
        resource: INSTANCES,
        context: { 'ec2:InstanceType': 't3.small' },
      },
      decision: 'ExplicitDeny',
      deniedBy: 'identity',
      message:
        `User: ${USER} is not authorized to perform: ec2:RunInstances on resource: ${INSTANCES} ` +
        'with an explicit deny in an identity-based policy',
      why: 'No aws:RequestTag/CostCenter in the request, so Null "true" holds and RequireCostCenter denies.',
    },
  ],
});
