/** The catalog checks against AWS's own managed policies, and their speed. */
import { describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { loadManagedPoliciesFromDisk } from '../../managed-policies/node';
import { parsePolicy } from '../parse';
import type { ParseResult } from '../types';
import {
  checkAgainstCatalog,
  createCatalogView,
  servicesToLoad,
  UNLISTED_SERVICES,
  type CatalogView,
} from './index';

const catalog = createNodeCatalog();
const library = await loadManagedPoliciesFromDisk();
const globalKeys = await catalog.globalConditionKeys();
if (!globalKeys.ok) throw new Error(globalKeys.error.message);

async function viewFor(...parses: ParseResult[]): Promise<CatalogView> {
  const details = [];
  for (const prefix of new Set(parses.flatMap(servicesToLoad))) {
    const loaded = await catalog.serviceDetails(prefix);
    if (loaded.ok) details.push(loaded.value);
  }
  return createCatalogView(catalog, details, globalKeys.ok ? globalKeys.value : undefined);
}

async function managedText(name: string): Promise<string> {
  const loaded = await library.document(name);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return JSON.stringify(loaded.value.document, null, 2);
}

describe('checkAgainstCatalog on AWS managed policies', () => {
  it.each(['ReadOnlyAccess', 'PowerUserAccess', 'AdministratorAccess'])(
    'reports nothing on %s',
    async (name) => {
      const text = await managedText(name);
      const parse = parsePolicy(text, 'identity');
      expect(parse.policy?.statements.length).toBeGreaterThan(0);
      expect(checkAgainstCatalog(parse, text, await viewFor(parse))).toEqual([]);
    },
  );

  it('gives every diagnostic of every managed policy the range of its string token', async () => {
    const parsed: { text: string; parse: ParseResult }[] = [];
    for (const summary of library.list()) {
      const text = await managedText(summary.name);
      parsed.push({ text, parse: parsePolicy(text, 'identity') });
    }
    // One view over every service any of them needs, as a long editing session would build.
    const view = await viewFor(...parsed.map((entry) => entry.parse));
    let count = 0;
    for (const { text, parse } of parsed) {
      for (const d of checkAgainstCatalog(parse, text, view)) {
        count++;
        const token = text.slice(d.range.start.offset, d.range.end.offset);
        expect(token).toMatch(/^"[^"]+"$/);
        const value = JSON.parse(token) as string;
        // Unknown services are named by their prefix, everything else by the whole token.
        expect(d.message).toContain(
          d.code === 'unknown-service' ? value.slice(0, value.indexOf(':')) : value,
        );
      }
    }
    // The data has a few: actions and keys AWS uses but does not document (yet).
    expect(count).toBeGreaterThan(0);
  }, 60_000);
});

describe('UNLISTED_SERVICES', () => {
  it.each(UNLISTED_SERVICES)('%s is missing from the catalog but used by an AWS managed policy', (prefix) => {
    expect(catalog.hasService(prefix)).toBe(false);
    expect(library.list().some((policy) => policy.services.includes(prefix))).toBe(true);
  });
});

describe('checkAgainstCatalog speed', () => {
  it('checks a 6 KB policy in well under a millisecond once details are loaded', async () => {
    const actions = catalog.actions.filter((action) =>
      /^(s3|ec2|iam|kms|sts|lambda|dynamodb):/.test(action.fullName),
    );
    const statements = [];
    for (let i = 0; statements.length < 24; i += 97) {
      const picked = [0, 1, 2, 3].map(
        (k) => actions[(i + k * 13) % actions.length]?.fullName ?? 's3:GetObject',
      );
      statements.push({
        Effect: 'Allow',
        Action: [...picked, 's3:Get*', 's3:GetObjekt'],
        Resource: '*',
        Condition: {
          StringEquals: { 'aws:PrincipalTag/team': 'a', 's3:prefix': 'b', 'ec2:ResourceTag/Name': 'c' },
        },
      });
    }
    const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
    expect(text.length).toBeGreaterThan(6000);
    const parse = parsePolicy(text, 'identity');
    const view = await viewFor(parse);
    const first = checkAgainstCatalog(parse, text, view);
    expect(first.length).toBeGreaterThan(0);
    const runs = 200;
    const started = performance.now();
    for (let i = 0; i < runs; i++) checkAgainstCatalog(parse, text, view);
    const perRun = (performance.now() - started) / runs;
    expect(perRun).toBeLessThan(0.5);
  });
});
