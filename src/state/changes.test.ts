import { beforeAll, describe, expect, it } from 'vitest';

import type { Catalog } from '../catalog';
import { createNodeCatalog } from '../catalog/node';
import {
  compileScenario,
  diffAnalyses,
  analyzeScenario,
  parseScenario,
  type Diagnostic,
  type Scenario,
} from '../engine';
import { buildAnalysisSnapshot } from '../worker/analysis';
import type { AnalysisSnapshot, EvaluationSnapshot } from '../worker/protocol';
import { changeAt, changedRegionCounts, compareSnapshots, countChanges, keepSameAnalysis } from './changes';
import { startEvaluationEffects } from './effects';
import { selectScenario } from './selectors';
import { createPlaygroundStore } from './store';

let catalog: Catalog;

beforeAll(() => {
  catalog = createNodeCatalog();
});

/** The example scenario with its boundary replaced by `boundary`. */
function scenarioWith(boundary: object): Scenario {
  const example = selectScenario(createPlaygroundStore().getState());
  const parsed = parseScenario({ ...example, permissionsBoundary: { name: 'b', document: boundary } });
  return parsed.scenario as Scenario;
}

const allow = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });
const EC2 = { Effect: 'Allow', Action: 'ec2:*', Resource: '*' };
const snapshotOf = (scenario: Scenario) => buildAnalysisSnapshot(compileScenario(scenario), catalog);
const namesOf = (set: ReturnType<typeof compareSnapshots>, kind: string) =>
  catalog.actions.filter((a) => set && changeAt(set, a.id) === kind).map((a) => a.fullName);

describe(compareSnapshots, () => {
  it('finds exactly the action an edit of the boundary gains, and loses it back', () => {
    const before = snapshotOf(scenarioWith(allow(EC2)));
    const after = snapshotOf(
      scenarioWith(allow(EC2, { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' })),
    );
    const gained = compareSnapshots(before, after);
    expect(gained?.counts).toEqual({ gained: 1, lost: 0, changed: 0 });
    expect(namesOf(gained, 'gained')).toEqual(['s3:ListAllMyBuckets']);
    const lost = compareSnapshots(after, before);
    expect(lost?.counts).toEqual({ gained: 0, lost: 1, changed: 0 });
  });

  it('marks a changed scope, and agrees with the engine’s diff', () => {
    const bucket = (name: string) => ({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::${name}/*`,
    });
    const first = scenarioWith(allow(EC2, bucket('a')));
    const second = scenarioWith(
      allow(EC2, bucket('b'), { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }),
    );
    const changes = compareSnapshots(snapshotOf(first), snapshotOf(second));
    expect(namesOf(changes, 'changed')).toEqual(['s3:GetObject']);
    const engine = diffAnalyses(
      analyzeScenario(compileScenario(first), catalog.actions),
      analyzeScenario(compileScenario(second), catalog.actions),
    );
    expect(changes?.counts).toEqual({
      gained: engine.gained.length,
      lost: engine.lost.length,
      changed: engine.changed.length,
    });
  });

  it('counts the Venn regions of the changed actions only', () => {
    const before = snapshotOf(scenarioWith(allow(EC2)));
    const after = snapshotOf(
      scenarioWith(allow(EC2, { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' })),
    );
    const changes = compareSnapshots(before, after);
    if (changes === null) throw new Error('same catalog expected');
    const counts = changedRegionCounts(after, changes);
    expect(counts.effective).toBe(1);
    expect(counts.effectiveAllowed).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(2);
    // Against the old picture the same action sat in "cut by boundary".
    expect(changedRegionCounts(before, changes).identityOnly).toBe(1);
  });

  it('counts the changes among given actions', () => {
    const before = snapshotOf(scenarioWith(allow(EC2)));
    const after = snapshotOf(
      scenarioWith(allow(EC2, { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' })),
    );
    const changes = compareSnapshots(before, after);
    if (changes === null) throw new Error('same catalog expected');
    const s3 = catalog.actions.filter((a) => a.service === 's3').map((a) => a.id);
    const ec2 = catalog.actions.filter((a) => a.service === 'ec2').map((a) => a.id);
    expect(countChanges(changes, s3)).toEqual({ gained: 1, lost: 0, changed: 0 });
    expect(countChanges(changes, ec2)).toEqual({ gained: 0, lost: 0, changed: 0 });
  });

  it('gives the same comparison object for the same two snapshots', () => {
    const before = snapshotOf(scenarioWith(allow(EC2)));
    const after = snapshotOf(scenarioWith(allow({ ...EC2, Action: 's3:*' })));
    const first = compareSnapshots(before, after);
    expect(compareSnapshots(before, after)).toBe(first);
    expect(compareSnapshots(after, before)).not.toBe(first);
  });

  it('compares nothing across different catalogs', () => {
    const one = snapshotOf(scenarioWith(allow(EC2)));
    const other: AnalysisSnapshot = { ...one, catalogKey: 'other@1' };
    expect(compareSnapshots(one, other)).toBeNull();
  });
});

describe(keepSameAnalysis, () => {
  it('keeps the previous analysis when an edit changes no result, whatever it took', () => {
    const before = snapshotOf(scenarioWith(allow(EC2)));
    const again = {
      ...snapshotOf(scenarioWith(allow({ ...EC2, Sid: 'Renamed' }))),
      timings: { analysisMs: 99 },
    };
    expect(again).not.toBe(before);
    expect(keepSameAnalysis(before, again)).toBe(before);
    expect(keepSameAnalysis(null, again)).toBe(again);
  });

  it('takes the new analysis when any column, count or the effective policy differs', () => {
    const before = snapshotOf(scenarioWith(allow(EC2)));
    const gained = snapshotOf(
      scenarioWith(allow(EC2, { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' })),
    );
    expect(keepSameAnalysis(before, gained)).toBe(gained);
    const scope = new Uint32Array(before.scopeHash);
    scope[0] = (scope[0] ?? 0) + 1;
    const scoped = { ...before, scopeHash: scope };
    expect(keepSameAnalysis(before, scoped)).toBe(scoped);
    const policy = {
      ...before,
      effectivePolicy: { ...before.effectivePolicy, exact: !before.effectivePolicy.exact },
    };
    expect(keepSameAnalysis(before, policy)).toBe(policy);
    const layers = { ...before, layers: [...before.layers, 'session'] };
    expect(keepSameAnalysis(before, layers)).toBe(layers);
  });

  it('keeps the store’s analysis and diagnostics across a run that changed nothing, with the new revision', () => {
    const store = createPlaygroundStore();
    const warning = (line: number): Diagnostic => ({
      code: 'missing-version',
      severity: 'warning',
      message: 'No Version',
      range: { start: { line, column: 1, offset: 0 }, end: { line, column: 2, offset: 1 } },
    });
    const result = (analysis: AnalysisSnapshot, line: number): EvaluationSnapshot => ({
      diagnostics: { boundary: [warning(line)], 'identity-1': [] },
      scenarioDiagnostics: [],
      unparsable: false,
      simulations: [],
      analysis,
    });
    const { receiveSnapshot } = store.getState().actions;
    receiveSnapshot(result(snapshotOf(scenarioWith(allow(EC2))), 1), 1);
    const shown = store.getState().snapshot?.analysis;
    const diagnostics = store.getState().diagnostics;
    receiveSnapshot(result(snapshotOf(scenarioWith(allow({ ...EC2, Sid: 'Typed' }))), 1), 2);
    expect(store.getState().snapshot?.analysis).toBe(shown);
    expect(store.getState().diagnostics).toBe(diagnostics);
    expect(store.getState().snapshotRevision).toBe(2);
    // A diagnostic that moved is new; the other document's list keeps its identity.
    receiveSnapshot(result(snapshotOf(scenarioWith(allow(EC2))), 2), 3);
    expect(store.getState().diagnostics['boundary']?.[0]?.range.start.line).toBe(2);
    expect(store.getState().diagnostics['identity-1']).toBe(diagnostics['identity-1']);
  });
});

describe('changed by your last edit', () => {
  it('compares with the results on screen before a burst of edits, not before its last keystroke', async () => {
    const store = createPlaygroundStore();
    let clock = 0;
    const answers: EvaluationSnapshot[] = [];
    const evaluate = async (scenario: Scenario) => {
      const value: EvaluationSnapshot = {
        diagnostics: {},
        scenarioDiagnostics: [],
        unparsable: false,
        simulations: [],
        analysis: snapshotOf(parseScenario(scenario).scenario as Scenario),
      };
      answers.push(value);
      return { ok: true as const, value };
    };
    startEvaluationEffects(
      store,
      {
        evaluate,
        explain: async () => ({ ok: false, reason: 'stale', message: '' }) as never,
        diagnose: async () => ({ ok: true, value: {} }),
        guardrails: async () => ({ ok: false, reason: 'stale', message: '' }) as never,
        fixes: async () => ({ ok: false, reason: 'stale' }),
        dispose: () => {},
      },
      { afterPaint: (task) => task(), now: () => clock },
    );
    const settled = async () => {
      for (let i = 0; i < 20 && store.getState().snapshotRevision !== store.getState().inputRevision; i++)
        await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await settled();
    expect(store.getState().lastEdit).toBeNull();
    const text = (action: string) =>
      JSON.stringify(allow(EC2, { Effect: 'Allow', Action: action, Resource: '*' }));
    clock = 5000;
    store.getState().actions.setPolicyText('boundary', text('s3:ListAllMyBucket'));
    await settled();
    // The next keystroke, 200 ms later, belongs to the same edit.
    clock = 5200;
    store.getState().actions.setPolicyText('boundary', text('s3:ListAllMyBuckets'));
    await settled();
    const edit = store.getState().lastEdit;
    expect(edit?.counts).toEqual({ gained: 1, lost: 0, changed: 0 });
    expect(namesOf(edit, 'gained')).toEqual(['s3:ListAllMyBuckets']);
    // A later edit, after a pause, compares with what that one left on screen.
    clock = 9000;
    store.getState().actions.setPolicyText('boundary', text('s3:ListBucket'));
    await settled();
    expect(store.getState().lastEdit?.counts).toEqual({ gained: 1, lost: 1, changed: 0 });
    expect(answers.length).toBeGreaterThanOrEqual(3);
  });
});
