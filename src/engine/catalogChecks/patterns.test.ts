import { describe, expect, it } from 'vitest';

import { classifyPattern } from './patterns';

describe('classifyPattern', () => {
  it.each([
    ['s3:GetObject', { kind: 'action', service: 's3', name: 'GetObject', wildcard: false }],
    ['S3:get*', { kind: 'action', service: 'S3', name: 'get*', wildcard: true }],
    ['ec2:Describe?', { kind: 'action', service: 'ec2', name: 'Describe?', wildcard: true }],
    ['s*:GetObject', { kind: 'service-wildcard' }],
    ['?3:GetObject', { kind: 'service-wildcard' }],
    ['*', { kind: 'unchecked' }],
    ['s3', { kind: 'unchecked' }],
    [':GetObject', { kind: 'unchecked' }],
    ['s3:', { kind: 'unchecked' }],
    ['s3:a:b', { kind: 'unchecked' }],
    ['s3:${aws:username}', { kind: 'unchecked' }],
  ])('%s', (pattern, expected) => {
    expect(classifyPattern(pattern)).toEqual(expected);
  });
});
