import { describe, expect, it } from 'vitest';

import { generateFiles, GLOBAL_KEYS_PATH, INDEX_PATH, shardPath, shortLevel, verifyIndex } from './generate';
import type { SourceData } from './source';

const DATA: SourceData = {
  source: 'test-data',
  version: '1.2.3',
  date: '2026-05-06',
  services: [
    {
      prefix: 'svc',
      name: 'Service',
      actions: [
        {
          name: 'DescribeThing',
          description: 'd',
          accessLevel: 'List',
          resourceTypes: [],
          conditionKeys: [],
          dependentActions: [],
          scenarios: [],
        },
        {
          name: 'DescribeThings',
          description: 'd',
          accessLevel: 'Read',
          resourceTypes: [{ name: 'thing', required: true, conditionKeys: ['svc:K'], dependentActions: [] }],
          conditionKeys: ['aws:TagKeys'],
          dependentActions: ['svc:DescribeThing'],
          scenarios: [{ name: 'One', resourceTypes: [{ name: 'thing', required: true }] }],
        },
      ],
      resourceTypes: [
        { name: 'thing', arn: 'arn:${Partition}:svc:${Region}:${Account}:thing/${Id}', conditionKeys: [] },
      ],
      conditionKeys: [{ key: 'svc:K', type: 'String', description: 'k' }],
    },
  ],
  rcpSupportedServices: ['svc'],
};
const GLOBALS = [{ key: 'aws:SourceIp', category: 'network', type: 'IPAddress', description: 'ip' }];

describe('generateFiles', () => {
  it('writes the index, the global keys and one shard per service', () => {
    expect([...generateFiles(DATA, GLOBALS).keys()].sort()).toEqual([
      GLOBAL_KEYS_PATH,
      INDEX_PATH,
      shardPath('svc'),
    ]);
  });

  it('is deterministic: same input, same bytes', () => {
    expect(generateFiles(DATA, GLOBALS)).toEqual(
      generateFiles(structuredClone(DATA), structuredClone(GLOBALS)),
    );
  });

  it('writes one array element per line and ends files with a newline', () => {
    for (const content of generateFiles(DATA, GLOBALS).values()) {
      expect(content.endsWith('}\n')).toBe(true);
      expect(() => JSON.parse(content) as unknown).not.toThrow();
    }
    const shard = generateFiles(DATA, GLOBALS).get(shardPath('svc')) ?? '';
    expect(shard.split('\n').filter((line) => line.startsWith('{"name":"Describe'))).toHaveLength(2);
  });

  it('records the data version and date and no other time', () => {
    const index = JSON.parse(generateFiles(DATA, GLOBALS).get(INDEX_PATH) ?? '{}') as Record<string, unknown>;
    expect(index).toMatchObject({ format: 1, source: 'test-data', version: '1.2.3', date: '2026-05-06' });
  });

  it('keeps scenarios only where the data has them', () => {
    const shard = JSON.parse(generateFiles(DATA, GLOBALS).get(shardPath('svc')) ?? '{}') as {
      actions: { scenarios?: unknown }[];
    };
    expect(shard.actions.map((a) => a.scenarios !== undefined)).toEqual([false, true]);
  });

  it('refuses a service prefix that could escape the services folder', () => {
    const bad = { ...DATA, services: [{ ...DATA.services[0]!, prefix: '../x' }] };
    expect(() => generateFiles(bad, GLOBALS)).toThrow(/unexpected service prefix/);
  });
});

describe('verifyIndex', () => {
  it('accepts the generated index and rejects one that no longer matches the data', () => {
    const index = generateFiles(DATA, GLOBALS).get(INDEX_PATH) ?? '';
    expect(() => verifyIndex(index, DATA)).not.toThrow();
    const renamed = { ...DATA, services: [{ ...DATA.services[0]!, name: 'Renamed' }] };
    expect(() => verifyIndex(index, renamed)).toThrow(/service svc differs/);
    const service = DATA.services[0]!;
    const relevelled: SourceData = {
      ...DATA,
      services: [
        {
          ...service,
          actions: service.actions.map((a, i) => (i === 1 ? { ...a, accessLevel: 'Write' } : a)),
        },
      ],
    };
    expect(() => verifyIndex(index, relevelled)).toThrow(/DescribeThings does not round-trip/);
  });
});

describe('shortLevel', () => {
  it.each([
    ['Read', 'Read'],
    ['List', 'List'],
    ['Write', 'Write'],
    ['Tagging, Write', 'Tagging'],
    ['Permissions management, Write', 'Permissions management'],
    ['Tagging', 'Tagging'],
  ])('%j → %j', (level, short) => {
    expect(shortLevel(level)).toBe(short);
  });

  it.each(['Admin', 'Read, Admin', ''])('throws on unknown %j', (level) => {
    expect(() => shortLevel(level)).toThrow(/unknown access level/);
  });
});
