/**
 * The IAM action of a CloudTrail event: `eventSource` gives the service prefix and `eventName`
 * the API operation. Most operations are authorized by the action of the same name; the
 * exceptions the playground knows are listed here, and everything else is an assumption the
 * result's notes state.
 */

import { asciiLower } from './text';

/** Event sources whose IAM service prefix is not the source's first label. */
const PREFIX_OF_SOURCE: Readonly<Record<string, string>> = {
  // CloudWatch's API is served at monitoring.amazonaws.com; its IAM prefix is `cloudwatch`.
  'monitoring.amazonaws.com': 'cloudwatch',
  // The Resource Groups Tagging API: IAM prefix `tag`.
  'tagging.amazonaws.com': 'tag',
};

/**
 * S3 operations authorized by a differently named action ("Required permissions for Amazon S3
 * API operations", https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html).
 */
const S3_ACTIONS: Readonly<Record<string, string>> = {
  ListObjects: 'ListBucket',
  ListObjectsV2: 'ListBucket',
  HeadBucket: 'ListBucket',
  ListObjectVersions: 'ListBucketVersions',
  ListBuckets: 'ListAllMyBuckets',
  HeadObject: 'GetObject',
  CreateMultipartUpload: 'PutObject',
  UploadPart: 'PutObject',
  UploadPartCopy: 'PutObject',
  CompleteMultipartUpload: 'PutObject',
  CopyObject: 'PutObject',
  DeleteObjects: 'DeleteObject',
  ListMultipartUploads: 'ListBucketMultipartUploads',
  ListParts: 'ListMultipartUploadParts',
  GetBucketEncryption: 'GetEncryptionConfiguration',
  PutBucketEncryption: 'PutEncryptionConfiguration',
  GetBucketLifecycleConfiguration: 'GetLifecycleConfiguration',
  PutBucketLifecycleConfiguration: 'PutLifecycleConfiguration',
  GetBucketReplication: 'GetReplicationConfiguration',
  PutBucketReplication: 'PutReplicationConfiguration',
  GetBucketCors: 'GetBucketCORS',
  PutBucketCors: 'PutBucketCORS',
};

/** Lambda's invocation data event is `Invoke`; the action is `lambda:InvokeFunction`. */
const LAMBDA_ACTIONS: Readonly<Record<string, string>> = { Invoke: 'InvokeFunction' };

/** Lambda's management events carry the API version: `GetFunction20150331v2`. */
function withoutApiVersion(name: string): string {
  let end = name.length;
  const v = name.lastIndexOf('v');
  if (v > 0 && isDigits(name, v + 1, end)) end = v;
  return end >= 9 && isDigits(name, end - 8, end) ? name.slice(0, end - 8) : name;
}

function isDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return to > from;
}

/** The IAM action of an event, and a note when it is not simply `prefix:eventName`. */
export interface EventAction {
  readonly action: string;
  readonly note: string | null;
}

/** The service prefix an event source stands for (`s3.amazonaws.com` → `s3`). */
export function prefixOfSource(eventSource: string): string {
  const source = asciiLower(eventSource);
  const known = PREFIX_OF_SOURCE[source];
  if (known !== undefined) return known;
  const suffix = '.amazonaws.com';
  const host = source.endsWith(suffix) ? source.slice(0, -suffix.length) : source;
  // Sources such as runtime.sagemaker.amazonaws.com name the service last.
  return host.slice(host.lastIndexOf('.') + 1);
}

/** The IAM action authorizing `eventName` at `eventSource`. */
export function actionOfEvent(eventSource: string, eventName: string): EventAction {
  const prefix = prefixOfSource(eventSource);
  const table = prefix === 's3' ? S3_ACTIONS : prefix === 'lambda' ? LAMBDA_ACTIONS : {};
  const name = prefix === 'lambda' ? withoutApiVersion(eventName) : eventName;
  const mapped = Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
  if (mapped !== undefined) {
    return {
      action: `${prefix}:${mapped}`,
      note: `The ${eventName} operation is authorized by the ${prefix}:${mapped} action.`,
    };
  }
  const action = `${prefix}:${name}`;
  const renamed = prefix !== asciiLower(eventSource).split('.')[0] || name !== eventName;
  return {
    action,
    note: renamed ? `The event's ${eventSource} ${eventName} is read as the ${action} action.` : null,
  };
}
