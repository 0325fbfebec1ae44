import { describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../catalog/node';
import { delegatedAdminNaive } from '../examples/delegated-admin-naive';
import { createRequestHandler } from './handler';

const catalog = createNodeCatalog();
const handle = createRequestHandler(async () => catalog);

describe('the worker handler, asked for guardrails', () => {
  it('answers with the report, and says when a document is not valid JSON', async () => {
    const scenario = delegatedAdminNaive.scenario;
    const answer = await handle({ type: 'guardrails', id: 7, budgetMs: 10_000, scenario });
    expect(answer).toMatchObject({ type: 'guardrailsChecked', id: 7, outcome: { unparsable: false } });
    if (answer.type !== 'guardrailsChecked') throw new Error(answer.type);
    expect(answer.outcome.report.findings[0]).toMatchObject({ id: 'remove-own-boundary', status: 'fail' });

    const broken = { ...scenario, identityPolicies: [{ name: 'typing', document: '{"Version": ' }] };
    const half = await handle({ type: 'guardrails', id: 8, budgetMs: 10_000, scenario: broken });
    expect(half).toMatchObject({ type: 'guardrailsChecked', id: 8, outcome: { unparsable: true } });
  });

  it('fails an invalid scenario, and a run past its budget', async () => {
    const invalid = { ...delegatedAdminNaive.scenario, principal: 'nobody' };
    expect(await handle({ type: 'guardrails', id: 9, budgetMs: 10_000, scenario: invalid })).toMatchObject({
      type: 'failed',
      id: 9,
    });
    const late = await handle({
      type: 'guardrails',
      id: 10,
      budgetMs: -1,
      scenario: delegatedAdminNaive.scenario,
    });
    expect(late).toMatchObject({ type: 'failed', id: 10, timedOut: true });
  });
});
