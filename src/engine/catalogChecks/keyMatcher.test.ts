import { describe, expect, it } from 'vitest';

import { createKeyMatcher } from './keyMatcher';

describe('createKeyMatcher', () => {
  const keys = createKeyMatcher([
    ['s3:prefix', 's3:ExistingObjectTag/<key>', 'aws:ResourceTag/${TagKey}'],
    ['s3:x-amz-acl', 'secretsmanager:ResourceTag/tag-key', 'agent.${Domain}.buildkite.dev:pipeline_id'],
    ['glacier:ResourceTag/', 'events:Metadata/${MetadataKey}/Matcher'],
  ]);

  it.each([
    's3:prefix',
    'S3:PREFIX',
    's3:x-amz-acl',
    's3:ExistingObjectTag/classification',
    's3:existingobjecttag/Team Name',
    'aws:ResourceTag/team',
    'aws:resourcetag/a:b',
    'secretsmanager:ResourceTag/aws:secretsmanager:owningService',
    'agent.ci.buildkite.dev:pipeline_id',
    'glacier:ResourceTag/LegalHold',
    'events:metadata/source/MATCHER',
  ])('has %s', (key) => {
    expect(keys.has(key)).toBe(true);
    expect(keys.has(key)).toBe(true); // answered again from the memo
  });

  it.each([
    's3:prefixx',
    's3:x-amz-aclx',
    's3xamz-acl',
    's3:ExistingObjectTag/',
    'aws:ResourceTag/',
    'aws:RequestTag/team',
    'secretsmanager:ResourceTag/',
    'agent..buildkite.dev:pipeline_id',
    'agent.ci.buildkiteXdev:pipeline_id',
    'glacier:ResourceTag/',
    'events:Metadata/source',
  ])('lacks %s', (key) => {
    expect(keys.has(key)).toBe(false);
  });

  it('is empty without lists', () => {
    expect(createKeyMatcher([]).has('aws:SourceIp')).toBe(false);
  });
});
