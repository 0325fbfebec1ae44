import { describe, expect, it } from 'vitest';

import { catalogIndex } from './catalogIndex';
import { foldActions, wordPrefixes } from './fold';
import type { CatalogAction } from './types';

describe('wordPrefixes', () => {
  it.each([
    ['DescribeInstances', ['Describe', 'DescribeInstances']],
    ['CreateVPCEndpoint', ['Create', 'CreateVPC', 'CreateVPCEndpoint']],
    ['GetObjectV2Acl', ['Get', 'GetObject', 'GetObjectV2', 'GetObjectV2Acl']],
    ['list', ['list']],
  ])('%s', (name, expected) => {
    expect(wordPrefixes(name)).toEqual(expected);
  });
});

const make = (fullNames: readonly string[]): CatalogAction[] =>
  fullNames.map((fullName) => {
    const [service, name] = fullName.split(':') as [string, string];
    return { service, name, fullName, accessLevel: 'Read', wildcardOnly: true, resourceTypes: [] };
  });

describe('foldActions', () => {
  const actions = make([
    'ec2:DescribeImages',
    'ec2:DescribeInstances',
    'ec2:DescribesOdd',
    'ec2:RunInstances',
    's3:GetObject',
    's3:PutObject',
    'sqs:SendMessage',
  ]);
  const catalog = catalogIndex(actions);
  const fold = (members: readonly string[], extraOk: readonly string[] = []) => {
    const must = new Set(members.map((name) => actions.findIndex((a) => a.fullName === name)));
    const ok = new Set([...must, ...extraOk.map((name) => actions.findIndex((a) => a.fullName === name))]);
    return foldActions(actions, catalog, must, (i) => ok.has(i));
  };

  it('uses `*` when every action is allowed', () => {
    expect(fold(actions.map((a) => a.fullName))).toEqual(['*']);
  });

  it('uses svc:* for whole services, else the names', () => {
    expect(fold(['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'ec2:RunInstances'])).toEqual([
      'ec2:RunInstances',
      's3:*',
      'sqs:*',
    ]);
  });

  it('uses a word prefix only when no other catalog action matches it', () => {
    // `ec2:Describe*` would also match DescribesOdd, which is not allowed.
    expect(fold(['ec2:DescribeImages', 'ec2:DescribeInstances'])).toEqual([
      'ec2:DescribeImages',
      'ec2:DescribeInstances',
    ]);
    expect(fold(['ec2:DescribeImages', 'ec2:DescribeInstances', 'ec2:DescribesOdd'])).toEqual([
      'ec2:Describe*',
    ]);
  });

  it('may reach actions that are harmless to include', () => {
    expect(
      fold(['ec2:DescribeImages', 'ec2:DescribeInstances'], ['ec2:DescribesOdd', 'ec2:RunInstances']),
    ).toEqual(['ec2:*']);
  });

  it('returns nothing for nothing', () => {
    expect(fold([])).toEqual([]);
  });

  it("asks about the actions of the set's services only, once each, past the first refusal", () => {
    const must = new Set([actions.findIndex((a) => a.fullName === 's3:GetObject')]);
    const asked: number[] = [];
    const patterns = foldActions(actions, catalog, must, (i) => {
      asked.push(i);
      return must.has(i);
    });
    expect(patterns).toEqual(['s3:GetObject']);
    // ec2:DescribeImages refuses `*` at once; then only S3's two actions are asked about.
    expect(asked).toEqual([0, 4, 5]);
  });
});
