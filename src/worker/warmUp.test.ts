import { describe, expect, it, vi } from 'vitest';

import { createNodeCatalog } from '../catalog/node';
import { compileScenario, parseScenario, type Scenario } from '../engine';
import { startWarmUp, WARM_UP_SCENARIO } from './warmUp';

describe('warm-up', () => {
  it('runs on a valid scenario, so it takes the analysis through its paths', () => {
    const parsed = parseScenario(WARM_UP_SCENARIO);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const compiled = compileScenario(parsed.scenario as Scenario);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('loads the catalog at once and stops warming up when a request arrives', async () => {
    const catalog = createNodeCatalog();
    let loads = 0;
    let asked = 0;
    startWarmUp(
      async () => {
        loads++;
        return catalog;
      },
      () => {
        asked++;
        // The first pass runs; a request arrives before the second.
        return asked === 1;
      },
    );
    await vi.waitFor(() => expect(asked).toBe(2), { timeout: 30_000 });
    // Told a request came, it asks no more and runs no further pass.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toBe(2);
    expect(loads).toBe(1);
  });
});
