import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NO_POLICIES, parseScenarioText } from '../engine';
import { importAwsJson, scenarioFromAuthorizationDetails } from '../import';
import type { ScenarioDraft } from '../import/types';
import type { ManagedPolicyLibrary } from '../managed-policies';
import { loadManagedPoliciesFromDisk } from '../managed-policies/node';
import { preloadManagedDocuments, scenarioToCliCommands, scenarioToJson } from './index';
import { flag, removeScriptDirs, runScript } from './testing';

afterAll(removeScriptDirs);

const details = readFileSync(
  new URL('../import/fixtures/account-authorization-details.json', import.meta.url),
  'utf8',
);

function imported(arn: string): ScenarioDraft {
  const result = importAwsJson(details);
  if (!result.ok || result.kind !== 'authorization-details') throw new Error('fixture did not import');
  const built = scenarioFromAuthorizationDetails(result.details, arn);
  if (!built.ok) throw new Error(built.message);
  const { notes: _notes, ...scenario } = built.scenario;
  return { ...NO_POLICIES, requests: [], ...scenario };
}

describe('import from AWS, then export', () => {
  let library: ManagedPolicyLibrary;
  beforeAll(async () => {
    library = await loadManagedPoliciesFromDisk();
  });

  it('turns an imported role into a scenario file the engine reads, managed documents inlined', async () => {
    const scenario = imported('arn:aws:iam::111122223333:role/demo-restricted-admin');
    const lookup = await preloadManagedDocuments(scenario, library);
    const file = scenarioToJson(scenario, lookup);
    if (!file.ok) throw new Error(file.message);
    const parsed = parseScenarioText(file.text);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // A document written as an object in the file is read as its text there.
    const document = parsed.scenario?.identityPolicies[0]?.document;
    expect(typeof document).toBe('string');
    expect(JSON.parse(typeof document === 'string' ? document : '')).toMatchObject({
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    expect(parsed.scenario?.resourcePolicy?.kind).toBe('role-trust');
  });

  it('recreates an imported role with its own trust policy, path and boundary', () => {
    const scenario = imported('arn:aws:iam::111122223333:role/service/app/orders-processor');
    const run = runScript(scenarioToCliCommands(scenario));
    expect(run.status, run.stderr).toBe(0);
    const createRole = run.calls.find((call) => call[1] === 'create-role');
    expect(flag(createRole, '--path')).toBe('/service/app/');
    expect(flag(createRole, '--permissions-boundary')).toBe(
      'arn:aws:iam::111122223333:policy/DeveloperBoundary',
    );
    expect(JSON.parse(flag(createRole, '--assume-role-policy-document') ?? '')).toMatchObject({
      Statement: [{ Principal: { Service: 'lambda.amazonaws.com' } }],
    });
    expect(run.calls.map((call) => call[1])).toEqual([
      'create-policy',
      'create-role',
      'attach-role-policy',
      'put-role-policy',
      'assume-role',
    ]);
  });
});
