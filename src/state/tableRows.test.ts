import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import type { Catalog } from '../catalog';
import { createNodeCatalog } from '../catalog/node';
import { compileScenario, globStepCount, parseScenario, type Scenario } from '../engine';
import { buildAnalysisSnapshot } from '../worker/analysis';
import type { AnalysisSnapshot } from '../worker/protocol';
import { selectScenario } from './selectors';
import { NO_FILTERS, type SortColumn, type TableFilters } from './slices/ui';
import { createPlaygroundStore } from './store';
import { computeTableRows, rowDeniedBy, searchMatcher } from './tableRows';

let catalog: Catalog;
let snapshot: AnalysisSnapshot;

beforeAll(() => {
  catalog = createNodeCatalog();
  // The example scenario: AdministratorAccess within the ec2-boundary.
  const parsed = parseScenario(selectScenario(createPlaygroundStore().getState()));
  snapshot = buildAnalysisSnapshot(compileScenario(parsed.scenario as Scenario), catalog);
});

const names = (rows: readonly number[]) => rows.map((i) => catalog.actions[i]?.fullName ?? '');
const rows = (
  filters: Partial<TableFilters>,
  sort: { column: SortColumn; descending: boolean } = { column: 'action', descending: false },
) => computeTableRows(catalog, snapshot, { ...NO_FILTERS, ...filters }, sort);

describe(searchMatcher, () => {
  it.each([
    ['', 's3:GetObject', true],
    ['getobj', 's3:GetObject', true],
    ['S3:GET', 's3:GetObject', true],
    ['putobj', 's3:GetObject', false],
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 'ec2:GetConsoleOutput', false],
    ['*:GetObject', 's3:GetObject', true],
    ['s3:?etObject', 's3:GetObject', true],
    ['s3:?etObject', 's3:GetObjectAcl', false],
    ['s3:*Acl', 's3:GetObjectAcl', true],
  ])('%j on %s is %s', (search, name, expected) => {
    expect(searchMatcher(search)(name)).toBe(expected);
  });
});

describe(computeTableRows, () => {
  it('lists every catalog action in catalog order without filters', () => {
    expect(rows({})).toHaveLength(catalog.actions.length);
    expect(rows({})[0]).toBe(0);
  });

  it('filters by service, access level and search together', () => {
    const found = names(rows({ service: 'S3', accessLevel: 'Read', search: 'getobject' }));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((n) => n.startsWith('s3:') && n.toLowerCase().includes('getobject'))).toBe(true);
    expect(found).toContain('s3:GetObject');
  });

  it('filters to a Venn region: the effective set of the example is exactly EC2', () => {
    const effective = names(rows({ region: 'effective' }));
    const ec2 = catalog.actions.filter((a) => a.service === 'ec2').map((a) => a.fullName);
    expect(effective).toEqual(ec2);
    expect(names(rows({ region: 'effectiveAllowed' }))).toEqual(ec2);
    expect(rows({ region: 'effectiveConditional' })).toEqual([]);
    expect(names(rows({ region: 'identityOnly', service: 's3' }))).toContain('s3:ListAllMyBuckets');
    expect(names(rows({ region: 'alwaysAllowed' }))).toEqual(['sts:GetCallerIdentity']);
  });

  it('sorts by the effective decision, allowed first when descending, ties in catalog order', () => {
    const sorted = rows({ service: 'ec2' }, { column: 'effective', descending: true });
    expect(sorted).toEqual(rows({ service: 'ec2' }));
    const mixed = rows({ search: 'Describe' }, { column: 'effective', descending: true });
    const firstDenied = mixed.findIndex((i) => !catalog.actions[i]?.fullName.startsWith('ec2:'));
    expect(mixed.slice(0, firstDenied).every((i) => catalog.actions[i]?.service === 'ec2')).toBe(true);
    expect(mixed.slice(firstDenied).some((i) => catalog.actions[i]?.service === 'ec2')).toBe(false);
  });

  it('gives no region rows before the analysis exists', () => {
    expect(
      computeTableRows(
        catalog,
        null,
        { ...NO_FILTERS, region: 'effective' },
        { column: 'action', descending: false },
      ),
    ).toEqual([]);
  });
});

describe(rowDeniedBy, () => {
  it('names the layer that denies a row', () => {
    const s3 = catalog.findAction('s3:ListAllMyBuckets');
    const ec2 = catalog.findAction('ec2:DescribeInstances');
    expect(rowDeniedBy(snapshot, s3?.id ?? -1)).toBe('boundary');
    expect(rowDeniedBy(snapshot, ec2?.id ?? -1)).toBeNull();
  });
});

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

describe('the actions-table search on the linear glob matcher', () => {
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
    const found = computeTableRows(
      catalog,
      null,
      { ...NO_FILTERS, search },
      { column: 'action', descending: false },
    );
    const steps = globStepCount() - before;
    const bound = catalog.actions.reduce((sum, a) => sum + (a.fullName.length + 1) * (search.length + 1), 0);
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThanOrEqual(bound);
    expect(names(found)).toEqual(
      catalog.actions
        .filter((a) => a.fullName.length >= 8 && a.fullName.toLowerCase().endsWith('q'))
        .map((a) => a.fullName),
    );
  });
});
