import { describe, expect, it } from 'vitest';

import { editDistance, nearestName } from './nearestName';

describe('editDistance', () => {
  it.each([
    ['s3', 's3', 0],
    ['s3x', 's3', 1],
    ['lamda', 'lambda', 1],
    ['ec2', 'ce2', 1], // a swap of neighbours costs one
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(a, b, 10)).toBe(expected);
    expect(editDistance(b, a, 10)).toBe(expected);
  });

  it('stops at max + 1', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('nearestName', () => {
  const prefixes = ['s3', 'sqs', 'sns', 'ec2', 'ecs', 'lambda', 'dynamodb', 'cloudwatch'];

  it.each([
    ['s3x', 's3'],
    ['S3X', 's3'],
    ['lamda', 'lambda'],
    ['dynamo', 'dynamodb'],
    ['cloudwach', 'cloudwatch'],
    ['ec3', 'ec2'],
  ])('%s → %s', (query, expected) => {
    expect(nearestName(query, prefixes)).toBe(expected);
  });

  it.each(['zzzzzz', 'x', 'elasticache'])('has no suggestion for %s', (query) => {
    expect(nearestName(query, prefixes)).toBeUndefined();
  });

  it('breaks ties towards the candidate sharing the longer start, then the earlier one', () => {
    // Each is one edit from `ecx`; `fcx` shares no leading character, `ecy` and `ecs` two.
    expect(nearestName('ecx', ['fcx', 'ecy'])).toBe('ecy');
    expect(nearestName('ecx', ['ecs', 'ecy', 'fcx'])).toBe('ecs');
  });
});
