import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../scripts/catalog/nodeLoader';
import type { Catalog } from '../catalog';
import { globStepCount } from '../engine';
import { NO_FILTERS } from './slices/ui';
import { computeTableRows, searchMatcher } from './tableRows';

let catalog: Catalog;

beforeAll(() => {
  catalog = createNodeCatalog();
});

const BY_NAME = { column: 'action', descending: false } as const;
const names = (rows: readonly number[]) => rows.map((i) => catalog.actions[i]?.fullName);

/** The search as the table applied it before the linear matcher, kept here as the oracle. */
function formerSearch(search: string): (name: string) => boolean {
  const text = search.trim().toLowerCase();
  if (!text) return () => true;
  if (!/[*?]/.test(text)) return (name) => name.toLowerCase().includes(text);
  const source = text
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  const regex = new RegExp(`^${source}$`, 'i');
  return (name) => regex.test(name);
}

describe('the actions-table search', () => {
  it('is a substring test without wildcards and an anchored glob with them, ignoring case', () => {
    const rows = (search: string) =>
      names(computeTableRows(catalog, null, { ...NO_FILTERS, search }, BY_NAME));
    const substring = rows('  S3:GETOBJECTTAGG ');
    expect(substring).toContain('s3:GetObjectTagging');
    expect(substring.every((name) => name?.toLowerCase().includes('s3:getobjecttagg'))).toBe(true);
    expect(rows('s3:getobject?agging')).toEqual(['s3:GetObjectTagging']);
    // A glob is anchored: it must match the whole name, service prefix included.
    expect(rows('getobject?agging')).toEqual([]);
    const anyService = rows('*:getobjecttagging');
    expect(anyService).toContain('s3:GetObjectTagging');
    expect(anyService.every((name) => name?.toLowerCase().endsWith(':getobjecttagging'))).toBe(true);
  });

  it('property: filters catalog names as the former RegExp did', () => {
    const sample = fc.constantFrom(...catalog.actions.slice(0, 2000).map((action) => action.fullName));
    const piece = fc.oneof(
      fc.constantFrom('*', '?', ':', 's3', 'get', 'Object', '.', '('),
      fc.string({ maxLength: 2 }),
    );
    const search = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(search, sample, (text, name) => {
        expect(searchMatcher(text)(name)).toBe(formerSearch(text)(name));
      }),
      { numRuns: 3000 },
    );
  });

  it('filters the whole catalog by `?*?*?*?*?*?*?*Q` within the linear bound', () => {
    const search = '?*?*?*?*?*?*?*Q';
    const before = globStepCount();
    const rows = computeTableRows(catalog, null, { ...NO_FILTERS, search }, BY_NAME);
    const steps = globStepCount() - before;
    const bound = catalog.actions.reduce((sum, a) => sum + (a.fullName.length + 1) * (search.length + 1), 0);
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThanOrEqual(bound);
    expect(names(rows)).toEqual(
      catalog.actions
        .filter((a) => a.fullName.length >= 8 && a.fullName.toLowerCase().endsWith('q'))
        .map((a) => a.fullName),
    );
  });
});
