import { describe, expect, it } from 'vitest';

import { createCatalog } from '../../src/catalog/index';
import { generateFiles, GLOBAL_KEYS_PATH, INDEX_PATH, shardPath } from './generate';
import type { SourceAction, SourceData } from './source';

const action = (name: string, accessLevel: string, types: [string, boolean][] = []): SourceAction => ({
  name,
  description: `does ${name}`,
  accessLevel,
  resourceTypes: types.map(([type, required]) => ({
    name: type,
    required,
    conditionKeys: [],
    dependentActions: [],
  })),
  conditionKeys: ['aws:RequestTag/${TagKey}'],
  dependentActions: [],
  scenarios: [],
});

// A small catalog in the shape the build script reads, encoded by the real generator and read back
// by the app's `createCatalog`: the two ends of the generated format, tested together.
const DATA: SourceData = {
  source: 'test-data',
  version: '1.0.0',
  date: '2026-01-02',
  services: [
    {
      prefix: 'ec2',
      name: 'Amazon EC2',
      actions: [
        action('CreateTags', 'Tagging, Write', [['instance', false]]),
        action('DescribeInstances', 'List'),
        action('DescribeInstanceStatus', 'List'),
        action('RunInstances', 'Write', [
          ['image', true],
          ['instance', true],
        ]),
      ],
      resourceTypes: [
        { name: 'image', arn: 'arn:${Partition}:ec2:${Region}::image/${ImageId}', conditionKeys: [] },
        {
          name: 'instance',
          arn: 'arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}',
          conditionKeys: [],
        },
      ],
      conditionKeys: [{ key: 'ec2:InstanceType', type: 'String', description: 'instance type' }],
    },
    {
      prefix: 's3',
      name: 'Amazon S3',
      actions: [
        action('GetObject', 'Read', [['object', true]]),
        action('GetObjectAcl', 'Read', [['object', true]]),
        action('ListAllMyBuckets', 'List'),
        action('PutBucketPolicy', 'Permissions management, Write', [['bucket', true]]),
      ],
      resourceTypes: [
        { name: 'bucket', arn: 'arn:${Partition}:s3:::${BucketName}', conditionKeys: [] },
        { name: 'object', arn: 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', conditionKeys: [] },
      ],
      conditionKeys: [{ key: 's3:ExistingObjectTag/<key>', type: 'String', description: 'object tag' }],
    },
    { prefix: 'zz-empty', name: 'Empty', actions: [], resourceTypes: [], conditionKeys: [] },
  ],
  rcpSupportedServices: ['s3'],
};

const FILES = generateFiles(DATA, [
  { key: 'aws:PrincipalTag/${TagKey}', category: 'principal', type: 'String', description: 'principal tag' },
]);
const read = (path: string): unknown => JSON.parse(FILES.get(path) ?? 'null');

function countingCatalog() {
  const loads: string[] = [];
  const catalog = createCatalog(
    read(INDEX_PATH),
    async (prefix) => {
      loads.push(prefix);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return read(shardPath(prefix));
    },
    async () => ({ default: read(GLOBAL_KEYS_PATH) }),
  );
  return { catalog, loads };
}

describe('createCatalog: the decoded index', () => {
  const { catalog } = countingCatalog();

  it('exposes the data source, version and date', () => {
    expect([catalog.source, catalog.version, catalog.date]).toEqual(['test-data', '1.0.0', '2026-01-02']);
  });

  it('lists every action once, grouped by service, with dense ids', () => {
    expect(catalog.actions.map((a) => a.fullName)).toEqual([
      'ec2:CreateTags',
      'ec2:DescribeInstances',
      'ec2:DescribeInstanceStatus',
      'ec2:RunInstances',
      's3:GetObject',
      's3:GetObjectAcl',
      's3:ListAllMyBuckets',
      's3:PutBucketPolicy',
    ]);
    catalog.actions.forEach((a, i) => expect(a.id).toBe(i));
    expect(catalog.services.map((s) => [s.prefix, s.name, s.actions.length])).toEqual([
      ['ec2', 'Amazon EC2', 4],
      ['s3', 'Amazon S3', 4],
      ['zz-empty', 'Empty', 0],
    ]);
  });

  it.each([
    ['ec2:CreateTags', 'Tagging, Write', 'Tagging'],
    ['s3:PutBucketPolicy', 'Permissions management, Write', 'Permissions management'],
    ['s3:GetObject', 'Read', 'Read'],
    ['ec2:DescribeInstances', 'List', 'List'],
    ['ec2:RunInstances', 'Write', 'Write'],
  ])('%s has access level %j, short %j', (name, accessLevel, level) => {
    expect(catalog.findAction(name)).toMatchObject({ accessLevel, level });
  });

  it('gives resource types with ARN templates and required flags, or marks wildcard-only', () => {
    expect(catalog.findAction('ec2:RunInstances')?.resourceTypes).toEqual([
      { name: 'image', arn: 'arn:${Partition}:ec2:${Region}::image/${ImageId}', required: true },
      {
        name: 'instance',
        arn: 'arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}',
        required: true,
      },
    ]);
    expect(catalog.findAction('ec2:CreateTags')?.resourceTypes[0]?.required).toBe(false);
    expect(catalog.findAction('s3:ListAllMyBuckets')).toMatchObject({
      wildcardOnly: true,
      resourceTypes: [],
    });
    expect(catalog.findAction('s3:GetObject')?.wildcardOnly).toBe(false);
  });

  it.each([
    ['s3:GetObject', 's3:GetObject'],
    ['S3:getobject', 's3:GetObject'],
    ['EC2:DESCRIBEINSTANCES', 'ec2:DescribeInstances'],
    ['s3:GetObjects', undefined],
    ['s4:GetObject', undefined],
    ['GetObject', undefined],
    ['', undefined],
  ])('findAction(%j) → %s', (name, expected) => {
    expect(catalog.findAction(name)?.fullName).toBe(expected);
  });

  it('finds services case-insensitively', () => {
    expect(catalog.hasService('S3')).toBe(true);
    expect(catalog.hasService('s4')).toBe(false);
    expect(catalog.findService('EC2')?.name).toBe('Amazon EC2');
  });

  it.each([
    ['s3:Get*', ['s3:GetObject', 's3:GetObjectAcl']],
    ['S3:GET*', ['s3:GetObject', 's3:GetObjectAcl']],
    ['*:Describe*', ['ec2:DescribeInstances', 'ec2:DescribeInstanceStatus']],
    ['ec2:Describe*s', ['ec2:DescribeInstances', 'ec2:DescribeInstanceStatus']],
    ['*Object', ['s3:GetObject']],
    ['s3:GetObject', ['s3:GetObject']],
    ['s?:*Policy', ['s3:PutBucketPolicy']],
    ['s3:Get', []],
    ['nope:*', []],
  ])('actionsMatching(%j)', (pattern, expected) => {
    expect(catalog.actionsMatching(pattern).map((a) => a.fullName)).toEqual(expected);
  });

  it('matches every action with *', () => {
    expect(catalog.actionsMatching('*')).toHaveLength(catalog.actions.length);
  });

  it('returns the cached array for a repeated pattern', () => {
    expect(catalog.actionsMatching('s3:*')).toBe(catalog.actionsMatching('S3:*'));
  });

  it('lists ARN templates per action', () => {
    expect(catalog.arnTemplates('s3:getobject')).toEqual([
      'arn:${Partition}:s3:::${BucketName}/${ObjectName}',
    ]);
    expect(catalog.arnTemplates('s3:ListAllMyBuckets')).toEqual([]);
    expect(catalog.arnTemplates('s3:Nope')).toBeUndefined();
  });

  it.each([
    ['s3:GetObjct', 's3:GetObject'],
    ['s3:GetObjectAlc', 's3:GetObjectAcl'],
    ['ec2:DescribeInstance', 'ec2:DescribeInstances'],
    ['s4:GetObject', 's3:GetObject'],
    ['ec2:GetObject', 's3:GetObject'],
    ['RunInstance', 'ec2:RunInstances'],
    ['S3:GETOBJECT', 's3:GetObject'],
    ['s3:CompletelyDifferent', undefined],
    ['', undefined],
  ])('suggestAction(%j) → %s', (name, expected) => {
    expect(catalog.suggestAction(name)?.fullName).toBe(expected);
  });
});

describe('createCatalog: lazy details', () => {
  it('loads a shard once, sharing concurrent loads', async () => {
    const { catalog, loads } = countingCatalog();
    const [a, b] = await Promise.all([catalog.serviceDetails('s3'), catalog.serviceDetails('S3')]);
    const c = await catalog.serviceDetails('s3');
    expect(loads).toEqual(['s3']);
    expect(b).toBe(a);
    expect(c).toBe(a);
    if (!a.ok) throw new Error(a.error.message);
    expect(a.value.action('getobject')?.description).toBe('does GetObject');
    expect(a.value.actions.map((x) => x.name)).toEqual(catalog.findService('s3')?.actions.map((x) => x.name));
    expect(a.value.conditionKeys.find('s3:ExistingObjectTag/team')?.type).toBe('String');
    expect(a.value.resourceTypes.map((t) => t.name)).toEqual(['bucket', 'object']);
  });

  it('reports an unknown service without calling the loader', async () => {
    const { catalog, loads } = countingCatalog();
    const result = await catalog.serviceDetails('../etc');
    expect(result.ok ? null : result.error.code).toBe('unknown-service');
    expect(loads).toEqual([]);
  });

  it('reports a failed load as a value and retries on the next call', async () => {
    let fail = true;
    const catalog = createCatalog(read(INDEX_PATH), async (prefix) => {
      if (fail) throw new Error('offline');
      return read(shardPath(prefix));
    });
    const first = await catalog.serviceDetails('ec2');
    expect(first.ok ? null : first.error).toEqual({
      code: 'load-failed',
      message: 'could not load service ec2: offline',
    });
    fail = false;
    expect((await catalog.serviceDetails('ec2')).ok).toBe(true);
  });

  it('rejects a shard of another service or of the wrong shape', async () => {
    const wrong = createCatalog(read(INDEX_PATH), async () => read(shardPath('ec2')));
    const result = await wrong.serviceDetails('s3');
    expect(result.ok ? null : result.error.code).toBe('invalid-data');
    const garbage = createCatalog(read(INDEX_PATH), async () => ({ format: 1 }));
    expect((await garbage.serviceDetails('s3')).ok).toBe(false);
  });

  it('loads the global condition keys (also from a module with a default export)', async () => {
    const { catalog } = countingCatalog();
    const result = await catalog.globalConditionKeys();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.find('aws:principaltag/Team')).toMatchObject({
      category: 'principal',
      type: 'String',
    });
    expect(await catalog.globalConditionKeys()).toBe(result);
  });

  it('reports a missing global-key loader as a value', async () => {
    const catalog = createCatalog(read(INDEX_PATH), async () => null);
    const result = await catalog.globalConditionKeys();
    expect(result.ok ? null : result.error.code).toBe('no-loader');
  });
});

describe('createCatalog: a broken index', () => {
  const index = read(INDEX_PATH) as { services: unknown[][]; format: number };

  it.each([
    ['not an object', null],
    ['another format', { ...index, format: 2 }],
    [
      'a level per action missing',
      { ...index, services: index.services.map((s) => s.map((v, i) => (i === 5 ? '' : v))) },
    ],
    [
      'a bad resource-type ref',
      { ...index, services: index.services.map((s) => s.map((v, i) => (i === 6 ? '9*' : v))) },
    ],
  ])('throws for %s', (_label, value) => {
    expect(() => createCatalog(value, async () => null)).toThrow(/catalog index/);
  });
});
