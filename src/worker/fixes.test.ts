import { describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../catalog/node';
import { ec2Boundary } from '../examples/ec2-boundary';
import { createRequestHandler } from './handler';

const catalog = createNodeCatalog();
const handle = createRequestHandler(async () => catalog);
const LIST_BUCKETS = { action: 's3:ListAllMyBuckets', resource: '*', context: {} };

describe('the worker handler, asked for fixes', () => {
  it('answers with the verified plan of a denied request: an Allow in the boundary', async () => {
    const { scenario } = ec2Boundary;
    const answer = await handle({ type: 'fixes', id: 3, budgetMs: 10_000, scenario, request: LIST_BUCKETS });
    if (answer.type !== 'fixesFound') throw new Error(JSON.stringify(answer));
    expect(answer.id).toBe(3);
    expect(answer.plan.problem).toBeNull();
    expect(answer.plan.fixes).toHaveLength(1);
    expect(answer.plan.fixes[0]).toMatchObject({
      layer: 'boundary',
      kind: 'add-statement',
      policyPath: 'permissionsBoundary',
      verified: true,
    });
    expect(answer.plan.fixes[0]?.document).toContain('s3:ListAllMyBuckets');
  });

  it('gives an allowed request no fixes, and fails an invalid scenario', async () => {
    const { scenario } = ec2Boundary;
    const allowed = { action: 'ec2:DescribeInstances', resource: '*', context: {} };
    expect(await handle({ type: 'fixes', id: 4, budgetMs: 10_000, scenario, request: allowed })).toEqual({
      type: 'fixesFound',
      id: 4,
      plan: { fixes: [], problem: null },
    });
    const invalid = { ...scenario, principal: 'nobody' };
    expect(
      await handle({ type: 'fixes', id: 5, budgetMs: 10_000, scenario: invalid, request: LIST_BUCKETS }),
    ).toMatchObject({ type: 'failed', id: 5, message: 'the scenario is not valid' });
  });
});
