import { describe, expect, it } from 'vitest';

import { createKeyMatcher, templateRegExp } from './keyMatcher';

describe('createKeyMatcher', () => {
  const keys = createKeyMatcher([
    ['s3:prefix', 's3:ExistingObjectTag/<key>', 'aws:ResourceTag/${TagKey}'],
    ['s3:x-amz-acl', 'secretsmanager:ResourceTag/tag-key', 'agent.${Domain}.buildkite.dev:pipeline_id'],
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
  ])('lacks %s', (key) => {
    expect(keys.has(key)).toBe(false);
  });

  it('is empty without lists', () => {
    expect(createKeyMatcher([]).has('aws:SourceIp')).toBe(false);
  });
});

describe('templateRegExp', () => {
  it('is null for plain keys and shared for the same template', () => {
    expect(templateRegExp('s3:prefix')).toBeNull();
    expect(templateRegExp('aws:TagKeys')).toBeNull();
    expect(templateRegExp('aws:RequestTag/${TagKey}')).toBe(templateRegExp('aws:RequestTag/${TagKey}'));
  });

  it('treats a tag-key only at the end of a Tag/ key as a placeholder', () => {
    expect(templateRegExp('ssm:resourceTag/tag-key')?.test('ssm:resourceTag/env')).toBe(true);
    expect(templateRegExp('x:tag-key')).toBeNull();
  });
});
