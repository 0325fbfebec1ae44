import { describe, expect, it } from 'vitest';

import { escapeSnippet, templateLabel, templateSnippet } from './snippets';
import { expandSnippet } from './testHelpers';

describe('templateSnippet', () => {
  it.each([
    ['arn:${Partition}:s3:::${BucketName}/${ObjectName}', 'arn:aws:s3:::${1:BucketName}/${2:ObjectName}'],
    [
      'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}',
      'arn:aws:iam::${1:Account}:role/${2:RoleNameWithPath}',
    ],
    [
      'arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}',
      'arn:aws:ec2:${1:Region}:${2:Account}:instance/${3:InstanceId}',
    ],
    ['aws:RequestTag/${TagKey}', 'aws:RequestTag/${1:TagKey}'],
    ['s3:ExistingObjectTag/<key>', 's3:ExistingObjectTag/${1:key}'],
    ['x/${A}/${A}', 'x/${1:A}/${1:A}'],
    ['no placeholders', 'no placeholders'],
    ['a$b}c\\d', 'a\\$b\\}c\\\\d'],
  ])('%s', (template, expected) => {
    expect(templateSnippet(template)).toBe(expected);
  });

  it('expands back to the template with each placeholder written as its name', () => {
    const template = 'arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}';
    expect(expandSnippet(templateSnippet(template))).toBe(
      'arn:aws:s3:Region:Account:accesspoint/AccessPointName',
    );
  });
});

describe('templateLabel and helpers', () => {
  it('fills in only the partition', () => {
    expect(templateLabel('arn:${Partition}:s3:::${BucketName}')).toBe('arn:aws:s3:::${BucketName}');
    expect(templateLabel('s3:ExistingObjectTag/<key>')).toBe('s3:ExistingObjectTag/<key>');
  });

  it('escapes snippet specials', () => {
    expect(escapeSnippet('s3:GetObject')).toBe('s3:GetObject');
    expect(escapeSnippet('${x}')).toBe('\\${x\\}');
  });
});
