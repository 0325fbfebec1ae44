/**
 * Pieces shared by the three resource-policy examples: one account, one EC2-only boundary and
 * one reports bucket, so the only difference between them is which principal the bucket
 * policy names.
 */

import { policy, resourcePolicy } from './define';
import type { NamedPolicy, ResourcePolicy } from '../engine';

/** The account of the caller and of the bucket. */
export const REPORTS_ACCOUNT = '111122223333';

/** The bucket the resource-policy examples read from. */
export const REPORTS_BUCKET = 'amzn-s3-demo-reports';

/** An object of that bucket. */
export const REPORT_OBJECT = `arn:aws:s3:::${REPORTS_BUCKET}/2024/q4-summary.csv`;

/** Identity policy: EC2 only, so S3 access can only come from the bucket policy. */
export const EC2_ONLY_IDENTITY: NamedPolicy = policy('EC2Operator', {
  Version: '2012-10-17',
  Statement: [{ Sid: 'OperateEC2', Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
});

/** Boundary: EC2 only, so it has no Allow for any S3 action. */
export const EC2_ONLY_BOUNDARY: NamedPolicy = policy('ec2-boundary', {
  Version: '2012-10-17',
  Statement: [{ Sid: 'AllowEC2Only', Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
});

/** A bucket policy letting `principalArn` read the bucket's objects. */
export function reportsBucketPolicy(principalArn: string): ResourcePolicy {
  return resourcePolicy('resource', `${REPORTS_BUCKET} bucket policy`, {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadReports',
        Effect: 'Allow',
        Principal: { AWS: principalArn },
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${REPORTS_BUCKET}/*`,
      },
    ],
  });
}
