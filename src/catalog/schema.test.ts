import { describe, expect, it } from 'vitest';

import { isGlobalConditionKeysFile, isIndexFile, isServiceShardFile } from './schema';

const INDEX = {
  format: 1,
  source: 's',
  version: 'v',
  date: 'd',
  levels: [['Read', 'Read']],
  words: ['Get'],
  services: [['s3', 'Amazon S3', ['object'], ['~::${B}/${O}'], '0GetObject', '0', '0*']],
};

const SHARD = {
  format: 1,
  prefix: 's3',
  name: 'Amazon S3',
  actions: [
    {
      name: 'GetObject',
      description: '',
      conditionKeys: [],
      dependentActions: [],
      resourceTypes: [{ name: 'object', required: true, conditionKeys: [], dependentActions: [] }],
    },
  ],
  resourceTypes: [{ name: 'object', arn: 'arn', conditionKeys: [] }],
  conditionKeys: [{ key: 's3:x', type: 'String', description: '' }],
};

describe('isIndexFile', () => {
  it.each([
    ['a valid index', INDEX, true],
    ['an extra field', { ...INDEX, later: 1 }, true],
    ['another format', { ...INDEX, format: 2 }, false],
    ['an unknown short level', { ...INDEX, levels: [['Read', 'Reading']] }, false],
    ['a short service tuple', { ...INDEX, services: [['s3', 'Amazon S3']] }, false],
    ['a missing field', { ...INDEX, words: undefined }, false],
    ['an array', [], false],
  ])('%s → %s', (_label, value, expected) => {
    expect(isIndexFile(value)).toBe(expected);
  });
});

describe('isServiceShardFile', () => {
  it.each([
    ['a valid shard', SHARD, true],
    [
      'scenarios present',
      { ...SHARD, actions: [{ ...SHARD.actions[0], scenarios: [{ name: 'a', resourceTypes: [] }] }] },
      true,
    ],
    ['bad scenarios', { ...SHARD, actions: [{ ...SHARD.actions[0], scenarios: 'x' }] }, false],
    [
      'required as a string',
      { ...SHARD, actions: [{ ...SHARD.actions[0], resourceTypes: [{ name: 'o', required: 'yes' }] }] },
      false,
    ],
    ['no condition keys', { ...SHARD, conditionKeys: undefined }, false],
  ])('%s → %s', (_label, value, expected) => {
    expect(isServiceShardFile(value)).toBe(expected);
  });
});

describe('isGlobalConditionKeysFile', () => {
  const file = {
    format: 1,
    source: 's',
    version: 'v',
    date: 'd',
    keys: [{ key: 'aws:x', type: 'Bool', description: '', category: 'request' }],
  };
  it('accepts a valid file and rejects a key without category', () => {
    expect(isGlobalConditionKeysFile(file)).toBe(true);
    expect(
      isGlobalConditionKeysFile({ ...file, keys: [{ key: 'aws:x', type: 'Bool', description: '' }] }),
    ).toBe(false);
  });
});
