import { describe, expect, it } from 'vitest';

import type { ImportedScenario } from '../../import/types';
import { importedDocuments } from './importedDocuments';

const LAMBDA_ARN = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
const LAMBDA_TEXT = '{ "lambda": true }\n';

const scenario: ImportedScenario = {
  principal: 'arn:aws:sts::111122223333:assumed-role/orders/ImportedSession',
  sessionIssuer: 'arn:aws:iam::111122223333:role/app/orders',
  identityPolicies: [
    { name: 'Inline', text: '{ "inline": true }' },
    { name: 'AWSLambdaBasicExecutionRole', managedArn: LAMBDA_ARN },
  ],
  permissionsBoundary: { name: 'DeveloperBoundary', text: '{ "boundary": true }' },
  resourcePolicy: { name: 'orders-trust-policy', text: '{ "trust": true }', kind: 'role-trust' },
  notes: [],
};

const library = (arn: string) => (arn === LAMBDA_ARN ? LAMBDA_TEXT : undefined);

describe('importedDocuments', () => {
  it('gives every document its conventional id and managed ones the library text and ARN', () => {
    const built = importedDocuments(scenario, library);
    expect(built.documents.identityPolicies).toEqual([
      { id: 'identity-1', name: 'Inline', text: '{ "inline": true }' },
      { id: 'identity-2', name: 'AWSLambdaBasicExecutionRole', text: LAMBDA_TEXT, managedArn: LAMBDA_ARN },
    ]);
    expect(built.documents.permissionsBoundary).toEqual({
      id: 'boundary',
      name: 'DeveloperBoundary',
      text: '{ "boundary": true }',
    });
    expect(built.documents.boundaryEnabled).toBe(true);
    expect(built.documents.resourcePolicy).toMatchObject({ id: 'resource', kind: 'role-trust' });
    expect(built.documents.principal).toBe(scenario.principal);
    expect(built.documents.sessionIssuer).toBe(scenario.sessionIssuer);
    expect(built.identityTab).toBe('identity-1');
    expect(built.otherTab).toBe('boundary');
    expect(built.missing).toEqual([]);
  });

  it('clears what the previous scenario had that the import does not', () => {
    const built = importedDocuments(
      { ...scenario, sessionIssuer: undefined, permissionsBoundary: null, resourcePolicy: null },
      library,
    );
    expect(built.documents).toMatchObject({
      sessionIssuer: '',
      permissionsBoundary: null,
      boundaryEnabled: false,
      sessionPolicy: null,
      resourcePolicy: null,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      vpcEndpointPolicy: null,
      managementAccount: '',
    });
    expect(built.otherTab).toBeNull();
  });

  it('leaves out and lists managed references the library does not know', () => {
    const unknown = 'arn:aws:iam::aws:policy/NotARealPolicy';
    const built = importedDocuments(
      { ...scenario, permissionsBoundary: { name: 'NotARealPolicy', managedArn: unknown } },
      () => undefined,
    );
    expect(built.documents.identityPolicies.map((p) => p.name)).toEqual(['Inline']);
    expect(built.documents.permissionsBoundary).toBeNull();
    expect(built.missing).toEqual([LAMBDA_ARN, unknown]);
    expect(built.otherTab).toBe('resource');
  });
});
