import { beforeAll, describe, expect, it } from 'vitest';

import type { Catalog } from '../catalog';
import { createNodeCatalog } from '../catalog/node';
import { compileScenario, parseScenario, type Scenario } from '../engine';
import { buildAnalysisSnapshot } from '../worker/analysis';
import type { AnalysisSnapshot } from '../worker/protocol';
import { groupByService, summaryItems, type ServiceGroup } from './serviceSummary';
import { selectScenario } from './selectors';
import { NO_FILTERS } from './slices/ui';
import { createPlaygroundStore } from './store';
import { computeTableRows } from './tableRows';

let catalog: Catalog;
let snapshot: AnalysisSnapshot;
let groups: ServiceGroup[];

beforeAll(() => {
  catalog = createNodeCatalog();
  // The example scenario: AdministratorAccess within the ec2-boundary.
  const parsed = parseScenario(selectScenario(createPlaygroundStore().getState()));
  snapshot = buildAnalysisSnapshot(compileScenario(parsed.scenario as Scenario), catalog);
  const rows = computeTableRows(catalog, snapshot, NO_FILTERS, { column: 'action', descending: false });
  groups = groupByService(catalog, snapshot, rows);
});

const sum = (group: ServiceGroup) => Object.values(group.counts).reduce((a, b) => a + b, 0);

describe(groupByService, () => {
  it('puts ec2 first on the example: the only service with anything allowed', () => {
    expect(groups[0]?.prefix).toBe('ec2');
    const ec2 = catalog.actions.filter((a) => a.service === 'ec2').length;
    expect(groups[0]?.counts.allowed).toBe(ec2);
    // sts:GetCallerIdentity is always allowed, so sts comes next; then services with cuts.
    expect(groups[1]?.prefix).toBe('sts');
    expect(groups[1]?.counts.allowed).toBe(1);
    expect(groups.find((g) => g.prefix === 's3')?.counts.cutByBoundary).toBeGreaterThan(0);
  });

  it('covers every row exactly once, and each group adds up to its rows', () => {
    const all = groups.flatMap((g) => g.rows);
    expect(all).toHaveLength(catalog.actions.length);
    expect(new Set(all).size).toBe(catalog.actions.length);
    for (const group of groups) {
      expect(sum(group)).toBe(group.rows.length);
      expect(group.rows.every((i) => catalog.actions[i]?.service === group.prefix)).toBe(true);
    }
    // Totals agree with the Venn's counts.
    const total = (key: keyof ServiceGroup['counts']) => groups.reduce((n, g) => n + g.counts[key], 0);
    expect(total('cutByBoundary')).toBe(snapshot.counts.identityOnly);
    expect(total('allowed')).toBe(snapshot.counts.effectiveAllowed + snapshot.counts.alwaysAllowed);
  });

  it('keeps the order of the rows it is given inside each group', () => {
    const sorted = computeTableRows(
      catalog,
      snapshot,
      { ...NO_FILTERS, service: 's3' },
      {
        column: 'action',
        descending: true,
      },
    );
    const [s3] = groupByService(catalog, snapshot, sorted);
    expect(s3?.rows).toEqual(sorted);
  });

  it('counts everything as not granted before the analysis exists', () => {
    const rows = computeTableRows(
      catalog,
      null,
      { ...NO_FILTERS, service: 'ec2' },
      {
        column: 'action',
        descending: false,
      },
    );
    const [ec2] = groupByService(catalog, null, rows);
    expect(ec2?.counts.notGranted).toBe(rows.length);
  });
});

describe(summaryItems, () => {
  it('shows only service lines when nothing is expanded, and a group’s rows under it when opened', () => {
    const closed = summaryItems(groups, {}, false);
    expect(closed).toHaveLength(groups.length);
    const opened = summaryItems(groups, { s3: true }, false);
    const s3 = groups.find((g) => g.prefix === 's3');
    expect(opened).toHaveLength(groups.length + (s3?.rows.length ?? 0));
    const at = opened.findIndex((item) => item.kind === 'service' && item.group.prefix === 's3');
    expect(opened[at + 1]).toEqual({ kind: 'action', index: s3?.rows[0] });
  });

  it('expands untouched groups when the table is filtered, but not those the person closed', () => {
    const some = groups.slice(0, 3);
    const items = summaryItems(some, { [some[1]?.prefix ?? '']: false }, true);
    const expanded = items
      .filter((i) => i.kind === 'service' && i.expanded)
      .map((i) => i.kind === 'service' && i.group.prefix);
    expect(expanded).toEqual([some[0]?.prefix, some[2]?.prefix]);
  });
});
