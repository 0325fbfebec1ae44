import { describe, expect, it } from 'vitest';

import { NO_POLICIES, parseScenarioText } from '../engine';
import type { ScenarioDraft } from '../import/types';
import { scenarioToJson } from './scenarioToJson';

const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const ADMIN_DOC = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const lookup = (arn: string) => (arn === ADMIN_ARN ? ADMIN_DOC : undefined);

const draft: ScenarioDraft = {
  ...NO_POLICIES,
  principal: 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession',
  identityPolicies: [
    { name: 'AdministratorAccess', managedArn: ADMIN_ARN },
    { name: 'dupes', text: '{"Statement": [], "Statement": [{"Effect": "Deny"}]}' },
    { name: 'unfinished', text: '{"Statement": [' },
  ],
  permissionsBoundary: {
    name: 'ec2-boundary',
    text: '{\n  "Version": "2012-10-17",\n  "Statement": []\n}\n',
  },
  requests: [{ action: 's3:ListAllMyBuckets', resource: '*', context: { 'aws:SourceIp': '10.0.0.1' } }],
};

describe(scenarioToJson, () => {
  it('writes a version 1 scenario with managed documents inlined and texts as objects when lossless', () => {
    const result = scenarioToJson(draft, lookup);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = JSON.parse(result.text);
    expect(file.version).toBe(1);
    expect(file).not.toHaveProperty('sessionIssuer');
    expect(file.identityPolicies[0]).toEqual({
      name: 'AdministratorAccess',
      arn: ADMIN_ARN,
      document: ADMIN_DOC,
    });
    expect(file.permissionsBoundary.document).toEqual({ Version: '2012-10-17', Statement: [] });
    // Parsing these would lose a duplicate key or fail: they stay text, exactly as typed.
    expect(file.identityPolicies[1].document).toBe(
      draft.identityPolicies[1] && 'text' in draft.identityPolicies[1] ? draft.identityPolicies[1].text : '',
    );
    expect(file.identityPolicies[2].document).toBe('{"Statement": [');
    expect(file.requests).toEqual(draft.requests);
    expect(result.text.endsWith('}\n')).toBe(true);
    expect(result.text.split('\n')[1]).toBe('  "version": 1,');
  });

  it('is read back by the engine without scenario errors', () => {
    const result = scenarioToJson({ ...draft, identityPolicies: draft.identityPolicies.slice(0, 1) }, lookup);
    if (!result.ok) throw new Error(result.message);
    const parsed = parseScenarioText(result.text);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.scenario?.identityPolicies).toHaveLength(1);
  });

  it('fails, naming them, when managed documents are not available', () => {
    const result = scenarioToJson(draft);
    expect(result).toEqual({ ok: false, missing: [ADMIN_ARN], message: expect.stringContaining(ADMIN_ARN) });
  });
});
