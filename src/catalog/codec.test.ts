import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeArn, decodeNames, decodeRefs, encodeArn, encodeNames, encodeRefs, splitWords } from './codec';

const WORDS = ['Describe', 'Instance', 'Get', 'Object', 'List'];

describe('encodeNames / decodeNames', () => {
  it.each([
    [[]],
    [['GetObject']],
    [
      [
        'DescribeInstances',
        'DescribeInstanceStatus',
        'DescribeInternetGateways',
        'GetObject',
        'GetObjectAcl',
      ],
    ],
    [['A', 'AB', 'ABC', 'B']],
    [['ListAllMyBuckets', 'ListBucket', 'ListBucketVersions', 'ListObjectsV2']],
    [['a-b', 'a-b-c', 'xyz0', 'xyz01']],
  ])('round-trips %j', (names) => {
    expect(decodeNames(encodeNames(names, WORDS), WORDS)).toEqual(names);
  });

  it('is shorter than the plain names for a typical service', () => {
    const names = [
      'DescribeInstanceAttribute',
      'DescribeInstanceStatus',
      'DescribeInstances',
      'DescribeInstanceTypes',
    ];
    expect(encodeNames(names, WORDS).length).toBeLessThan(names.join(' ').length / 2);
  });

  it('property: sorted unique CamelCase names round-trip with any word table', () => {
    const name = fc.stringMatching(/^[A-Z][A-Za-z0-9-]{0,30}$/);
    const table = fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{1,8}$/), { maxLength: 20 });
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 40 }), table, (raw, words) => {
        const names = [...raw].sort();
        expect(decodeNames(encodeNames(names, words), words)).toEqual(names);
      }),
    );
  });

  it.each([
    ['a prefix longer than the previous name', '5Get'],
    ['an unknown word code', `0${String.fromCharCode(0x100 + 99)}`],
    ['an empty name', '0Get 0'],
    ['a prefix character below the range', '/Get'],
  ])('rejects %s', (_label, text) => {
    expect(decodeNames(text, WORDS)).toBeNull();
  });
});

describe('splitWords', () => {
  it.each([
    ['DescribeInstances', ['Describe', 'Instances']],
    ['ListObjectsV2', ['List', 'Objects', 'V', '2']],
    ['GetACLs', ['Get', 'AC', 'Ls']],
    ['get-thing', ['get', '-', 'thing']],
  ])('%s → %j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
    expect(splitWords(name).join('')).toBe(name);
  });
});

describe('encodeRefs / decodeRefs', () => {
  it.each([
    [[], ''],
    [[{ index: 0, required: true }], '0*'],
    [
      [
        { index: 3, required: false },
        { index: 12, required: true },
      ],
      '3.12*',
    ],
  ])('%j ↔ %j', (refs, text) => {
    expect(encodeRefs(refs)).toBe(text);
    expect(decodeRefs(text, 20)).toEqual(refs);
  });

  it.each(['01', '1**', '*', '1.', '.1', 'x', '20'])('rejects %j (table of 20)', (text) => {
    expect(decodeRefs(text, 20)).toBeNull();
  });
});

describe('encodeArn / decodeArn', () => {
  it.each([
    ['s3', 'arn:${Partition}:s3:::${BucketName}', '~::${BucketName}'],
    [
      'ec2',
      'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}',
      'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}',
    ],
    ['s3', 'arn:${Partition}:s3-object-lambda:${Region}:x', 'arn:${Partition}:s3-object-lambda:${Region}:x'],
  ])('%s %s ↔ %s', (service, arn, encoded) => {
    expect(encodeArn(service, arn)).toBe(encoded);
    expect(decodeArn(service, encoded)).toBe(arn);
  });
});
