/**
 * Fuzzing links (`src/fuzz/hostileLink.ts`): random bytes and base64, compressed garbage,
 * payloads with wrong types and hostile values, truncated and tampered links, deflate bombs,
 * legacy and example routes. Opening any of them, down to what the app does next with a state
 * (the store's fields, the scenario evaluated, the table filtered by the link's search), never
 * throws and never hangs; a bad link is an error with a one-line message.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import type { Catalog } from '../catalog';
import { createNodeCatalog } from '../catalog/node';
import { evaluateScenario } from '../engine';
import { HANG_DEADLINE_MS, timed } from '../fuzz/deadline';
import { hostileFragment } from '../fuzz/hostileLink';
import { selectScenario } from '../state/selectors';
import { NO_FILTERS } from '../state/slices/ui';
import { createPlaygroundStore } from '../state/store';
import { computeTableRows } from '../state/tableRows';
import { createManagedTexts } from './managedTexts';
import { applySharedState } from './mapping';
import { resolveHash } from './startup';

let catalog: Catalog;
beforeAll(() => {
  catalog = createNodeCatalog();
});

const managed = createManagedTexts();
const noLibrary = () => Promise.reject(new Error('no library in this test'));

/** Opens `fragment` as the app does; returns what was shown: an error, nothing, or a state's rows. */
async function open(fragment: string): Promise<string> {
  const target = resolveHash(`#${fragment}`, (arn) => managed.get(arn));
  if (target.kind === 'error') {
    expect(target.message).toMatch(/^[^\n]+$/);
    return 'error';
  }
  if (target.kind === 'none') return 'none';
  const store = createPlaygroundStore();
  await applySharedState(store, target.state, managed, noLibrary);
  const state = store.getState();
  const evaluation = evaluateScenario(selectScenario(state));
  expect(evaluation.results.length + evaluation.diagnostics.length).toBeGreaterThan(0);
  const sort = { column: 'action', descending: false } as const;
  computeTableRows(catalog, null, { ...NO_FILTERS, ...state.filters }, sort);
  return 'open';
}

describe('any link opens as a state or an error', () => {
  it('never throws and never hangs, through the store, the evaluation and the table search', async () => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(hostileFragment, async (fragment) => {
        const { value, ms } = await timed(() => open(fragment));
        outcomes.add(value);
        expect(ms).toBeLessThan(HANG_DEADLINE_MS);
      }),
      { numRuns: 300 },
    );
    // The generators reach both ends: states that open and links that are refused.
    expect([...outcomes]).toEqual(expect.arrayContaining(['error', 'open']));
  }, 120_000);
});
