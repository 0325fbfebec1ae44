import { describe, expect, it } from 'vitest';

import { delegatedAdminNaive } from '../examples/delegated-admin-naive';
import { guardrails } from './index';

describe('guardrails', () => {
  it('checks a scenario given as JSON text or as a value alike', async () => {
    const text = JSON.stringify(delegatedAdminNaive.scenario);
    const fromText = await guardrails(text);
    expect(fromText.diagnostics).toEqual([]);
    expect(fromText.report?.findings.find((f) => f.id === 'edit-boundary-policy')?.status).toBe('fail');
    expect(await guardrails(JSON.parse(text) as object)).toEqual(fromText);
  });

  it('gives diagnostics and no report for an invalid scenario', async () => {
    const { report, diagnostics } = await guardrails('{"version": 1}');
    expect(report).toBeNull();
    expect(diagnostics[0]?.severity).toBe('error');
  });
});
