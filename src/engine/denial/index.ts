/**
 * From "denied" to the request: reading an AccessDenied message or a CloudTrail event, and
 * comparing what AWS said with the playground's answer.
 */

export { parseDenial, MAX_EVENT_TEXT_LENGTH, type DenialParseOptions } from './parseDenial';
export { parseDenialMessage, MAX_MESSAGE_LENGTH } from './message';
export { parseCloudTrailEvent, isAccessDeniedCode } from './cloudtrail';
export { compareWithAws, type AwsComparison, type ComparisonCode } from './compare';
export { requestOfDenial } from './request';
export type * from './types';
