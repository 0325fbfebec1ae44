import { describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../catalog/node';
import { delegatedAdmin } from '../examples/delegated-admin';
import { createRequestHandler } from './handler';
import type { DocumentToCheck } from './protocol';

const catalog = createNodeCatalog();
const handle = createRequestHandler(async () => catalog);

const policy = (action: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

async function diagnose(documents: DocumentToCheck[]) {
  const answer = await handle({ type: 'diagnose', id: 1, budgetMs: 10_000, documents });
  if (answer.type !== 'diagnosed') throw new Error(answer.type);
  return answer.diagnostics;
}

describe('the worker handler, asked for diagnostics', () => {
  it('checks a changed document again and reuses the checks of the ones that did not change', async () => {
    const kept: DocumentToCheck = {
      id: 'a',
      type: 'identity',
      text: policy('s3:GetObjekt'),
      awsManaged: false,
    };
    const typed = (action: string): DocumentToCheck => ({
      id: 'b',
      type: 'boundary',
      text: policy(action),
      awsManaged: false,
    });
    const first = await diagnose([kept, typed('s3:GetObject')]);
    expect(first['a']).toMatchObject([{ code: 'unknown-action', suggestion: 's3:GetObject' }]);
    expect(first['b']).toEqual([]);

    const second = await diagnose([kept, typed('s3:ListBukcet')]);
    expect(second['a']).toBe(first['a']);
    expect(second['b']).toMatchObject([{ code: 'unknown-action', suggestion: 's3:ListBucket' }]);
  });

  it('gives an evaluation the catalog checks too once the services named are loaded', async () => {
    // A condition key is checked against the service's details, loaded on demand.
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'dynamodb:GetItem',
          Resource: '*',
          Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeyz': ['a'] } },
        },
      ],
    });
    const doc: DocumentToCheck = { id: 'boundary', type: 'boundary', text, awsManaged: false };
    const scenario = { ...delegatedAdmin.scenario, permissionsBoundary: { name: 'b', document: text } };
    const evaluate = async () => {
      const answer = await handle({ type: 'evaluate', id: 2, budgetMs: 10_000, scenario, documents: [doc] });
      if (answer.type !== 'evaluated') throw new Error(answer.type);
      return answer.snapshot.diagnostics['boundary'];
    };
    // DynamoDB's details are not loaded yet: the parser's diagnostics only, never a wait.
    expect(await evaluate()).toEqual([]);
    const complete = (await diagnose([doc]))['boundary'];
    expect(complete?.length).toBeGreaterThan(0);
    expect(await evaluate()).toEqual(complete);
  });
});
