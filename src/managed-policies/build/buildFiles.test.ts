import { describe, expect, it } from 'vitest';

import { createManagedPolicyLibrary } from '../index';
import { SHARD_COUNT, shardOf } from '../schema';
import { buildManagedPolicyFiles, servicesOf } from './buildFiles';

const doc = (Statement: unknown) => ({ Version: '2012-10-17', Statement });

function policy(name: string, path: string, versions: Record<string, unknown>, latest: string) {
  return {
    arn: `arn:aws:iam::aws:policy${path}${name}`,
    latestVersionId: latest,
    versionsCount: Object.keys(versions).length,
    createdDate: '2019-01-01T00:00:00.000Z',
    lastUpdatedDate: '2024-03-05T10:11:12.000Z',
    versions,
  };
}

const alphaLatest = doc([{ Effect: 'Allow', NotAction: ['IAM:*', 'ec2:Run*'], Resource: '*' }]);
const data = {
  ZetaAccess: policy(
    'ZetaAccess',
    '/',
    { v1: { document: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }) } },
    'v1',
  ),
  alphaRole: policy(
    'alphaRole',
    '/service-role/',
    {
      v1: { document: doc([{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }]) },
      v2: { document: alphaLatest },
    },
    'v2',
  ),
};

describe(buildManagedPolicyFiles, () => {
  it('writes an index and only the latest documents, sharded by name hash', async () => {
    const built = buildManagedPolicyFiles(data, { source: 'pkg', version: '1.2.3' });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.files.size).toBe(1 + SHARD_COUNT);
    const index: unknown = JSON.parse(built.files.get('index.json') ?? '');
    const library = createManagedPolicyLibrary(index, async (key) =>
      JSON.parse(built.files.get(`shards/${key}.json`) ?? 'null'),
    );
    expect(library.list().map((p) => p.name)).toEqual(['alphaRole', 'ZetaAccess']);
    expect(library.version).toBe('1.2.3');
    expect(library.date).toBe('2024-03-05');
    const alpha = library.byName('alphaRole');
    expect(alpha).toMatchObject({
      arn: 'arn:aws:iam::aws:policy/service-role/alphaRole',
      versionId: 'v2',
      services: ['ec2', 'iam'],
      shard: String(shardOf('alphaRole')).padStart(2, '0'),
    });
    const loaded = await library.document('alphaRole');
    expect(loaded.ok && loaded.value.document).toEqual(alphaLatest);
  });

  it('is deterministic whatever the key order of the input', () => {
    const reversed = { alphaRole: data.alphaRole, ZetaAccess: data.ZetaAccess };
    const a = buildManagedPolicyFiles(data, { source: 'pkg', version: '1' });
    const b = buildManagedPolicyFiles(reversed, { source: 'pkg', version: '1' });
    expect(a.ok && b.ok && [...a.files]).toEqual(b.ok && [...b.files]);
  });

  it.each([
    [
      'a missing latest version',
      { X: policy('X', '/', { v1: { document: doc([]) } }, 'v9') },
      /X: no document for v9/,
    ],
    ['an ARN naming another policy', { X: policy('Y', '/', { v1: { document: doc([]) } }, 'v1') }, /X: ARN/],
    [
      'a customer managed ARN',
      { X: { ...policy('X', '/', {}, 'v1'), arn: 'arn:aws:iam::123456789012:policy/X' } },
      /no AWS managed ARN/,
    ],
    ['no policies at all', {}, /no policies/],
  ])('reports %s', (_label, input, message) => {
    const built = buildManagedPolicyFiles(input, { source: 'pkg', version: '1' });
    expect(built.ok).toBe(false);
    expect(!built.ok && built.errors.join('\n')).toMatch(message);
  });
});

describe(servicesOf, () => {
  it('collects lower-cased prefixes of Action and NotAction, with * for prefix-less patterns', () => {
    expect(
      servicesOf(doc([{ Action: ['S3:Get*', 'ec2:*'] }, { NotAction: '*' }, { Action: 'ec2:RunInstances' }])),
    ).toEqual(['*', 'ec2', 's3']);
    expect(servicesOf(doc({ Action: 'kms:Decrypt' }))).toEqual(['kms']);
    expect(servicesOf({})).toEqual([]);
  });
});
