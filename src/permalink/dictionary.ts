/**
 * The preset deflate dictionary of link format 1. Links are small JSON documents full of the
 * same IAM vocabulary, which deflate alone cannot exploit in a few hundred bytes; primed with
 * this text, the example scenario with an edited boundary shrinks from ~200 to ~45 characters.
 *
 * FROZEN: the dictionary is part of format 1. Changing one byte makes every existing link
 * undecodable; `dictionary.test.ts` pins its digest. A better dictionary needs format 2.
 *
 * Deflate refers back at most 32 KiB and nearer matches cost fewer bits, so the likeliest text
 * (the wire form of the example scenario) comes last.
 */
import { EC2_BOUNDARY_TEXT } from './schema';

const VOCABULARY = [
  'StringEquals StringNotEquals StringEqualsIgnoreCase StringLike StringNotLike ArnEquals ArnLike',
  'ArnNotLike NumericEquals NumericLessThan NumericGreaterThanEquals DateGreaterThan DateLessThan',
  'Bool BinaryEquals IpAddress NotIpAddress Null ForAnyValue:StringLike ForAllValues:StringEquals',
  'IfExists aws:SourceIp aws:SourceVpc aws:SourceVpce aws:SourceAccount aws:SourceArn aws:SourceOrgID',
  'aws:PrincipalOrgID aws:PrincipalOrgPaths aws:PrincipalAccount aws:PrincipalArn aws:PrincipalType',
  'aws:PrincipalTag/ aws:PrincipalIsAWSService aws:ResourceTag/ aws:RequestTag/ aws:TagKeys',
  'aws:ResourceAccount aws:ResourceOrgID aws:RequestedRegion aws:SecureTransport aws:CurrentTime',
  'aws:MultiFactorAuthPresent aws:MultiFactorAuthAge aws:CalledVia aws:ViaAWSService aws:userid',
  'aws:username ${aws:username} ${aws:PrincipalTag/ s3:prefix s3:x-amz-acl kms:ViaService',
  'kms:CallerAccount iam:PassedToService iam:PermissionsBoundary sts:ExternalId sts:RoleSessionName',
  's3:GetObject s3:PutObject s3:DeleteObject s3:ListBucket s3:GetBucketPolicy s3:* ec2:RunInstances',
  'ec2:DescribeInstances ec2:StartInstances ec2:StopInstances ec2:TerminateInstances iam:PassRole',
  'iam:CreateRole iam:AttachRolePolicy iam:PutRolePolicy iam:CreateUser iam:* sts:AssumeRole',
  'sts:TagSession kms:Decrypt kms:Encrypt kms:GenerateDataKey kms:* lambda:InvokeFunction',
  'dynamodb:GetItem dynamodb:PutItem dynamodb:Query sqs:SendMessage sns:Publish logs:PutLogEvents',
  'secretsmanager:GetSecretValue ssm:GetParameter cloudwatch:PutMetricData organizations:',
  'arn:aws:s3:::amzn-s3-demo-bucket/* arn:aws:ec2:us-east-1:123456789012:instance/*',
  'arn:aws:kms:us-east-1:123456789012:key/ arn:aws:lambda:eu-west-1:123456789012:function:',
  'arn:aws:iam::123456789012:user/ arn:aws:iam::123456789012:role/ arn:aws:iam::111122223333:root',
  'arn:aws:sts::123456789012:federated-user/ ec2.amazonaws.com lambda.amazonaws.com',
  'o-a1b2c3d4e5 ou-ab12-cdef3456 Root Account Deny NotAction NotResource NotPrincipal Federated',
].join(' ');

/** A policy as the AWS console and docs lay it out (4 spaces). */
const FOUR_SPACE_POLICY = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "AllowReadInBucket",
            "Effect": "Allow",
            "Principal": {
                "AWS": "arn:aws:iam::123456789012:role/"
            },
            "Action": [
                "s3:GetObject",
                "s3:ListBucket"
            ],
            "Resource": [
                "arn:aws:s3:::amzn-s3-demo-bucket",
                "arn:aws:s3:::amzn-s3-demo-bucket/*"
            ],
            "Condition": {
                "StringEquals": {
                    "aws:PrincipalOrgID": "o-a1b2c3d4e5"
                }
            }
        }
    ]
}
`;

/** A policy as the playground's editor lays it out (2 spaces). */
const TWO_SPACE_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyOutsideRegions",
      "Effect": "Deny",
      "NotAction": ["iam:*", "sts:*"],
      "Resource": "*",
      "Condition": {
        "StringNotEquals": {
          "aws:RequestedRegion": ["us-east-1", "eu-west-1"]
        },
        "Bool": {
          "aws:SecureTransport": "false"
        }
      }
    },
    {
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    }
  ]
}
`;

/** The wire form of a typical edited example scenario (see `wire.ts`), likeliest text last. */
const WIRE_SKELETON =
  '{"p":"arn:aws:iam::123456789876:user/","si":"arn:aws:iam::123456789876:role/",' +
  '"sp":null,"r":{"n":"bucket-policy","t":' +
  JSON.stringify(FOUR_SPACE_POLICY) +
  ',"k":"resource"},"scp":[{"t":"Root","p":[{"n":"FullAWSAccess",' +
  '"m":"arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess"}]}],' +
  '"rcp":[{"t":"Root","p":[{"n":"RCPFullAWSAccess",' +
  '"m":"arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess"}]}],' +
  '"t":"identity-1","a":"s3:GetObject","f":{"q":"s3:Get*","s":"s3","l":"Write","g":"us-east-1"}}' +
  '{"i":[{"n":"policy","t":' +
  JSON.stringify(TWO_SPACE_POLICY) +
  '}],"q":[{"a":"s3:ListAllMyBuckets","r":"*","ra":"123456789876","c":{"aws:SourceIp":"203.0.113.0"}}]}' +
  '{"p":"arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession",' +
  '"i":[{"n":"AdministratorAccess","m":"arn:aws:iam::aws:policy/AdministratorAccess"}],' +
  '"b":{"n":"ec2-boundary","t":' +
  JSON.stringify(EC2_BOUNDARY_TEXT) +
  '},"q":[{"a":"s3:ListAllMyBuckets","r":"*"}]}';

/** The dictionary's bytes (UTF-8; all ASCII). */
export const FORMAT_1_DICTIONARY: Uint8Array = new TextEncoder().encode(VOCABULARY + WIRE_SKELETON);
