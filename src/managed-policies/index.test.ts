import { readFileSync } from 'node:fs';

import { beforeAll, describe, expect, it } from 'vitest';

import { createManagedPolicyLibrary, type ManagedPolicyLibrary } from './index';
import { loadManagedPoliciesFromDisk } from './node';

const indexJson: unknown = JSON.parse(
  readFileSync(new URL('./generated/index.json', import.meta.url), 'utf8'),
);
const readShard = (key: string): unknown =>
  JSON.parse(readFileSync(new URL(`./generated/shards/${key}.json`, import.meta.url), 'utf8'));

describe('the generated managed policy data', () => {
  let library: ManagedPolicyLibrary;
  beforeAll(async () => {
    library = await loadManagedPoliciesFromDisk();
  });

  it('holds well over a thousand policies, sorted by name', () => {
    const names = library.list().map((policy) => policy.name);
    expect(names.length).toBeGreaterThanOrEqual(1000);
    const sorted = [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    expect(names).toEqual(sorted);
  });

  it('has AdministratorAccess as Allow * on *', async () => {
    const result = await library.document('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.policy.name).toBe('AdministratorAccess');
    const statements = ([] as unknown[]).concat(result.value.document.Statement);
    expect(statements).toEqual([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
  });

  it.each(['ReadOnlyAccess', 'PowerUserAccess', 'job-function/ViewOnlyAccess'])('knows %s', (suffix) => {
    const arn = `arn:aws:iam::aws:policy/${suffix}`;
    const policy = library.byArn(arn);
    expect(policy?.arn).toBe(arn);
    expect(library.byName(suffix.split('/').pop() as string)).toBe(policy);
    expect(library.isManagedArn(arn)).toBe(true);
  });

  it('records the services a policy mentions and its size', async () => {
    const power = library.byName('PowerUserAccess');
    // PowerUserAccess is NotAction iam/organizations/account plus a few iam actions.
    expect(power?.services).toEqual(expect.arrayContaining(['iam', 'organizations']));
    expect(library.byName('AdministratorAccess')?.services).toEqual(['*']);
    const admin = await library.document('AdministratorAccess');
    expect(admin.ok && admin.value.policy.documentSize).toBe(
      admin.ok ? JSON.stringify(admin.value.document).length : -1,
    );
  });

  it('looks names and ARNs up case-insensitively, ignoring surrounding blanks', () => {
    expect(library.byName('  administratoraccess ')?.name).toBe('AdministratorAccess');
    expect(library.find('ARN:AWS:IAM::AWS:POLICY/READONLYACCESS')?.name).toBe('ReadOnlyAccess');
    expect(library.find('arn:aws:iam::123456789012:policy/ReadOnlyAccess')).toBeUndefined();
    expect(library.isManagedArn('arn:aws:iam::aws:policy/NoSuchPolicyHere')).toBe(false);
    expect(library.isManagedArn('AdministratorAccess')).toBe(false);
  });

  it('reports an unknown policy as a value', async () => {
    const result = await library.document('NoSuchPolicyHere');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-policy' } });
  });
});

describe('search', () => {
  const library = createManagedPolicyLibrary(indexJson, () => Promise.reject(new Error('not needed')));

  it('ranks name prefixes before other name matches, and those before ARN-only matches', () => {
    const results = library.search('readonly');
    const firstNonPrefix = results.findIndex((p) => !p.name.toLowerCase().startsWith('readonly'));
    expect(firstNonPrefix).toBeGreaterThan(0);
    expect(results[0]?.name).toBe('ReadOnlyAccess');
    for (const policy of results.slice(firstNonPrefix)) {
      expect(policy.name.toLowerCase().startsWith('readonly')).toBe(false);
      expect(policy.arn.toLowerCase()).toContain('readonly');
    }
    expect(results.some((p) => p.name === 'AmazonEC2ReadOnlyAccess')).toBe(true);
  });

  it('finds policies by path, after name matches', () => {
    const results = library.search('job-function/');
    expect(results.length).toBeGreaterThan(3);
    expect(results.every((p) => p.path === '/job-function/')).toBe(true);
    const mixed = library.search('service-role');
    const firstPathOnly = mixed.findIndex((p) => !p.name.toLowerCase().includes('service-role'));
    expect(mixed.slice(firstPathOnly).every((p) => !p.name.toLowerCase().includes('service-role'))).toBe(
      true,
    );
  });

  it('is case-insensitive, matches whole ARNs and honours the limit', () => {
    expect(library.search('ADMINISTRATORACCESS')[0]?.name).toBe('AdministratorAccess');
    expect(library.search('arn:aws:iam::aws:policy/Administrator')[0]?.name).toBe('AdministratorAccess');
    expect(library.search('access', 5)).toHaveLength(5);
    expect(library.search('   ')).toHaveLength(library.list().length);
    expect(library.search('zzz-no-such-policy')).toEqual([]);
  });
});

describe('shard loading', () => {
  it('loads each shard once, sharing concurrent loads', async () => {
    const calls: string[] = [];
    const library = createManagedPolicyLibrary(indexJson, async (key) => {
      calls.push(key);
      return { default: readShard(key) };
    });
    const admin = library.byName('AdministratorAccess');
    const sameShard = library.list().find((p) => p.shard === admin?.shard && p !== admin);
    const otherShard = library.list().find((p) => p.shard !== admin?.shard);
    expect(library.peek('AdministratorAccess')).toBeUndefined();
    const results = await Promise.all([
      library.document('AdministratorAccess'),
      library.document(sameShard?.arn ?? ''),
      library.document('AdministratorAccess'),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(calls).toEqual([admin?.shard]);
    expect(library.peek('AdministratorAccess')?.policy.name).toBe('AdministratorAccess');
    await library.document(otherShard?.name ?? '');
    expect(calls).toEqual([admin?.shard, otherShard?.shard]);
  });

  it('hands out frozen documents', async () => {
    const library = createManagedPolicyLibrary(indexJson, async (key) => readShard(key));
    const result = await library.document('ReadOnlyAccess');
    expect(result.ok && Object.isFrozen(result.value.document)).toBe(true);
  });

  it('turns a failed load into a value and retries it later', async () => {
    let attempts = 0;
    const library = createManagedPolicyLibrary(indexJson, async (key) => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return readShard(key);
    });
    const first = await library.document('PowerUserAccess');
    expect(first).toMatchObject({ ok: false, error: { code: 'load-failed' } });
    expect(!first.ok && first.error.message).toContain('offline');
    const second = await library.document('PowerUserAccess');
    expect(second.ok).toBe(true);
    expect(attempts).toBe(2);
  });

  it('rejects a shard of the wrong format or number', async () => {
    const library = createManagedPolicyLibrary(indexJson, async () => ({
      format: 1,
      shard: 99,
      policies: {},
    }));
    const result = await library.document('AdministratorAccess');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
  });

  it('refuses an index of another format', () => {
    expect(() => createManagedPolicyLibrary({ format: 2 }, async () => ({}))).toThrow(/expected format/);
  });
});
