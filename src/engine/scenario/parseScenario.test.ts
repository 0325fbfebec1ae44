import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../types';
import { parseScenario, parseScenarioText } from './parseScenario';

const USER = 'arn:aws:iam::111122223333:user/Alice';
const DOC = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const VALID = {
  version: 1,
  principal: USER,
  identityPolicies: [{ name: 'admin', document: DOC }],
  requests: [{ action: 's3:GetObject', resource: '*', context: { 'aws:SourceIp': '10.0.0.1' } }],
};

const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => [d.code, d.severity, d.path]);

describe('parseScenario', () => {
  it('accepts a minimal scenario and fills defaults', () => {
    const { scenario, diagnostics } = parseScenario({ version: 1, principal: USER });
    expect(diagnostics).toEqual([]);
    expect(scenario).toEqual({
      version: 1,
      principal: USER,
      identityPolicies: [],
      permissionsBoundary: null,
      sessionPolicy: null,
      resourcePolicy: null,
      vpcEndpointPolicy: null,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      requests: [],
    });
  });

  it('keeps documents given as text, the session issuer and the resource policy kind', () => {
    const { scenario, diagnostics } = parseScenario({
      version: 1,
      principal: 'arn:aws:sts::111122223333:assumed-role/Dev/s1',
      sessionIssuer: 'arn:aws:iam::111122223333:role/team/Dev',
      identityPolicies: [{ name: 'p', document: JSON.stringify(DOC) }],
      resourcePolicy: { name: 'k', document: DOC, kind: 'kms-key' },
      serviceControlPolicies: [{ target: 'Root', policies: [{ name: 'FullAWSAccess', document: DOC }] }],
      requests: [
        { action: 'kms:Decrypt', resource: '*', resourceAccount: '444455556666', context: { k: ['a', 'b'] } },
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(scenario?.sessionIssuer).toBe('arn:aws:iam::111122223333:role/team/Dev');
    expect(scenario?.identityPolicies[0]?.document).toBe(JSON.stringify(DOC));
    expect(scenario?.resourcePolicy?.kind).toBe('kms-key');
    expect(scenario?.requests[0]).toEqual({
      action: 'kms:Decrypt',
      resource: '*',
      resourceAccount: '444455556666',
      context: { k: ['a', 'b'] },
    });
  });

  it('defaults the resource policy kind to an ordinary resource policy', () => {
    expect(
      parseScenario({ ...VALID, resourcePolicy: { name: 'b', document: DOC } }).scenario?.resourcePolicy
        ?.kind,
    ).toBe('resource');
  });

  // [input change, code, path] — every problem names its field.
  const problems: [string, Record<string, unknown>, string, string][] = [
    ['version missing', { version: undefined }, 'scenario-missing-field', 'version'],
    ['version 2', { version: 2 }, 'scenario-version', 'version'],
    ['principal missing', { principal: undefined }, 'scenario-missing-field', 'principal'],
    ['principal a number', { principal: 7 }, 'scenario-wrong-type', 'principal'],
    [
      'principal a role ARN',
      { principal: 'arn:aws:iam::111122223333:role/Dev' },
      'scenario-principal',
      'principal',
    ],
    ['identityPolicies an object', { identityPolicies: {} }, 'scenario-wrong-type', 'identityPolicies'],
    [
      'policy name missing',
      { identityPolicies: [{ name: 'a', document: DOC }, { document: DOC }] },
      'scenario-missing-field',
      'identityPolicies[1].name',
    ],
    [
      'policy name empty',
      { identityPolicies: [{ name: '', document: DOC }] },
      'scenario-empty-value',
      'identityPolicies[0].name',
    ],
    [
      'document a number',
      { identityPolicies: [{ name: 'a', document: 5 }] },
      'scenario-wrong-type',
      'identityPolicies[0].document',
    ],
    [
      'document an array',
      { permissionsBoundary: { name: 'b', document: [] } },
      'scenario-wrong-type',
      'permissionsBoundary.document',
    ],
    ['policy entry a string', { identityPolicies: ['admin'] }, 'scenario-wrong-type', 'identityPolicies[0]'],
    ['session policy not an object', { sessionPolicy: 'x' }, 'scenario-wrong-type', 'sessionPolicy'],
    [
      'bad resource policy kind',
      { resourcePolicy: { name: 'r', document: DOC, kind: 'bucket' } },
      'scenario-resource-policy-kind',
      'resourcePolicy.kind',
    ],
    [
      'SCP target missing',
      { serviceControlPolicies: [{ policies: [] }] },
      'scenario-missing-field',
      'serviceControlPolicies[0].target',
    ],
    [
      'RCP policies missing',
      { resourceControlPolicies: [{ target: 'Root' }] },
      'scenario-missing-field',
      'resourceControlPolicies[0].policies',
    ],
    [
      'RCP policy broken',
      { resourceControlPolicies: [{ target: 'Root', policies: [{ name: 1, document: DOC }] }] },
      'scenario-wrong-type',
      'resourceControlPolicies[0].policies[0].name',
    ],
    ['requests not an array', { requests: 'all' }, 'scenario-wrong-type', 'requests'],
    [
      'request action missing',
      { requests: [{ resource: '*' }] },
      'scenario-missing-field',
      'requests[0].action',
    ],
    [
      'request resource not a string',
      { requests: [{ action: 'a:b', resource: ['*'] }] },
      'scenario-wrong-type',
      'requests[0].resource',
    ],
    [
      'resourceAccount a number',
      { requests: [{ action: 'a:b', resource: '*', resourceAccount: 12 }] },
      'scenario-wrong-type',
      'requests[0].resourceAccount',
    ],
    [
      'an expectation with an unknown decision',
      { requests: [{ action: 'a:b', resource: '*', expect: { decision: 'Denied' } }] },
      'scenario-expectation',
      'requests[0].expect.decision',
    ],
    [
      'an expectation naming an unknown layer',
      { requests: [{ action: 'a:b', resource: '*', expect: { decision: 'ImplicitDeny', deniedBy: 'org' } }] },
      'scenario-expectation',
      'requests[0].expect.deniedBy',
    ],
    [
      'viaVpcEndpoint a string',
      { requests: [{ action: 'a:b', resource: '*', viaVpcEndpoint: 'yes' }] },
      'scenario-wrong-type',
      'requests[0].viaVpcEndpoint',
    ],
    [
      'a policy given by an ARN that is no policy ARN',
      { identityPolicies: [{ name: 'p', arn: 'arn:aws:s3:::bucket', document: DOC }] },
      'scenario-policy-arn',
      'identityPolicies[0].arn',
    ],
    [
      'an AWS managed policy by ARN without a document, unknown to the resolver',
      { identityPolicies: [{ name: 'p', arn: 'arn:aws:iam::aws:policy/NoSuchPolicy' }] },
      'scenario-unknown-managed-policy',
      'identityPolicies[0].arn',
    ],
    [
      'a customer managed policy by ARN without a document',
      { identityPolicies: [{ name: 'p', arn: 'arn:aws:iam::111122223333:policy/mine' }] },
      'scenario-missing-field',
      'identityPolicies[0].document',
    ],
    ['organization a string', { organization: '111122223333' }, 'scenario-wrong-type', 'organization'],
    [
      'context an array',
      { requests: [{ action: 'a:b', resource: '*', context: [] }] },
      'scenario-wrong-type',
      'requests[0].context',
    ],
    [
      'context value an object',
      { requests: [{ action: 'a:b', resource: '*', context: { 'aws:SourceIp': {} } }] },
      'scenario-wrong-type',
      'requests[0].context["aws:SourceIp"]',
    ],
    [
      'context array holding null',
      { requests: [{ action: 'a:b', resource: '*', context: { k: ['a', null] } }] },
      'scenario-wrong-type',
      'requests[0].context.k[1]',
    ],
  ];

  it.each(problems)('reports %s', (_name, change, code, path) => {
    const { scenario, diagnostics } = parseScenario({ ...VALID, ...change });
    expect(scenario).toBeNull();
    const found = diagnostics.find((d) => d.code === code);
    expect(found).toBeDefined();
    expect(found?.path).toBe(path);
    expect(found?.severity).toBe('error');
    expect(found?.message).toContain(path);
    expect(found?.range).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 1, column: 1, offset: 0 },
    });
  });

  // [input change, code, path] — problems AWS could not produce but that can still be evaluated.
  const warnings: [string, Record<string, unknown>, string, string][] = [
    [
      'principal short account',
      { principal: 'arn:aws:iam::1111:user/A' },
      'scenario-principal-unusual',
      'principal',
    ],
    [
      'a one-character session name',
      { principal: 'arn:aws:sts::111122223333:assumed-role/Dev/s' },
      'scenario-principal-unusual',
      'principal',
    ],
    [
      'session issuer for a user',
      { sessionIssuer: 'arn:aws:iam::111122223333:role/Dev' },
      'scenario-session-issuer',
      'sessionIssuer',
    ],
    [
      'resourceAccount not 12 digits',
      { requests: [{ action: 'a:b', resource: '*', resourceAccount: '12' }] },
      'scenario-account-id',
      'requests[0].resourceAccount',
    ],
    [
      'a management account that is not 12 digits',
      { organization: { managementAccount: '42' } },
      'scenario-account-id',
      'organization.managementAccount',
    ],
  ];

  it.each(warnings)('warns about %s and keeps the scenario', (_name, change, code, path) => {
    const { scenario, diagnostics } = parseScenario({ ...VALID, ...change });
    expect(scenario).not.toBeNull();
    const found = diagnostics.find((d) => d.code === code);
    expect(found?.path).toBe(path);
    expect(found?.severity).toBe('warning');
    expect(found?.message).toContain(path);
  });

  it('names the field a misspelt key most likely meant', () => {
    const { scenario, diagnostics } = parseScenario({ ...VALID, sesionPolicy: null });
    expect(scenario).not.toBeNull();
    expect(diagnostics.map((d) => d.message)).toEqual([
      'sesionPolicy is not a scenario field (did you mean "sessionPolicy"?); it is ignored',
    ]);
  });

  it('takes an AWS managed policy given by ARN alone from the resolver', () => {
    const arn = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const { scenario, diagnostics } = parseScenario(
      { ...VALID, identityPolicies: [{ name: 'ReadOnlyAccess', arn }] },
      { managedDocument: (asked) => (asked === arn ? DOC : undefined) },
    );
    expect(diagnostics).toEqual([]);
    expect(scenario?.identityPolicies).toEqual([{ name: 'ReadOnlyAccess', arn, document: DOC }]);
  });

  it('reads the organization, a request expectation and the endpoint routing', () => {
    const { scenario, diagnostics } = parseScenario({
      ...VALID,
      organization: { managementAccount: '999999999999' },
      requests: [
        {
          action: 'a:b',
          resource: '*',
          viaVpcEndpoint: false,
          expect: { decision: 'ImplicitDeny', deniedBy: 'boundary' },
        },
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(scenario?.organization).toEqual({ managementAccount: '999999999999' });
    expect(scenario?.requests[0]).toEqual({
      action: 'a:b',
      resource: '*',
      context: {},
      viaVpcEndpoint: false,
      expect: { decision: 'ImplicitDeny', deniedBy: 'boundary' },
    });
  });

  it('warns about unknown fields at any depth, keeping the scenario', () => {
    const { scenario, diagnostics } = parseScenario({
      ...VALID,
      comment: 'x',
      identityPolicies: [{ name: 'admin', document: DOC, note: 1 }],
      requests: [{ action: 'a:b', resource: '*', extra: true }],
    });
    expect(scenario).not.toBeNull();
    expect(summary(diagnostics)).toEqual([
      ['scenario-unknown-field', 'warning', 'comment'],
      ['scenario-unknown-field', 'warning', 'identityPolicies[0].note'],
      ['scenario-unknown-field', 'warning', 'requests[0].extra'],
    ]);
  });

  it('turns number and boolean context values into text with a warning', () => {
    const { scenario, diagnostics } = parseScenario({
      ...VALID,
      requests: [{ action: 'a:b', resource: '*', context: { 'aws:SecureTransport': true, n: [1, 'x'] } }],
    });
    expect(scenario?.requests[0]?.context).toEqual({ 'aws:SecureTransport': 'true', n: ['1', 'x'] });
    expect(summary(diagnostics)).toEqual([
      ['scenario-context-coerced', 'warning', 'requests[0].context["aws:SecureTransport"]'],
      ['scenario-context-coerced', 'warning', 'requests[0].context.n[0]'],
    ]);
  });

  it('warns that policies cannot be attached to the root user', () => {
    const { scenario, diagnostics } = parseScenario({
      ...VALID,
      principal: 'arn:aws:iam::111122223333:root',
      permissionsBoundary: { name: 'b', document: DOC },
      sessionPolicy: { name: 's', document: DOC },
    });
    expect(scenario).not.toBeNull();
    expect(summary(diagnostics)).toEqual([
      ['scenario-policy-ignored', 'warning', 'identityPolicies'],
      ['scenario-policy-ignored', 'warning', 'permissionsBoundary'],
      ['scenario-policy-ignored', 'warning', 'sessionPolicy'],
    ]);
  });

  it('collects several problems at once', () => {
    const { diagnostics } = parseScenario({ version: 3, principal: 1, requests: [{}] });
    expect(diagnostics.map((d) => d.path)).toEqual([
      'version',
      'principal',
      'requests[0].action',
      'requests[0].resource',
    ]);
  });

  it.each([null, 42, 'text', [], undefined])('rejects %j as a scenario', (input) => {
    const { scenario, diagnostics } = parseScenario(input);
    expect(scenario).toBeNull();
    expect(summary(diagnostics)).toEqual([['scenario-not-object', 'error', '(scenario)']]);
  });

  it('does not let a __proto__ key supply fields', () => {
    const input = JSON.parse(`{"__proto__": {"version": 1, "principal": "${USER}"}}`) as unknown;
    const { scenario, diagnostics } = parseScenario(input);
    expect(scenario).toBeNull();
    expect(diagnostics.map((d) => d.path)).toContain('version');
  });
});

describe('parseScenarioText', () => {
  it('parses valid text like the object form, each object document read as its text in the file', () => {
    const asText = { ...VALID, identityPolicies: [{ name: 'admin', document: JSON.stringify(DOC) }] };
    expect(parseScenarioText(JSON.stringify(VALID))).toEqual(parseScenario(asText));
  });

  it.each([
    ['{"version": 1,', 1, 15, 'Unexpected end of text'],
    ['{\n  "version": 1\n  "principal": "x"\n}', 3, 3, 'Expected a comma'],
    ["{'version': 1}", 1, 2, 'Strings and property names must use double quotes'],
    ['{"version": 1,}', 1, 15, 'Expected a property name in double quotes'],
    ['', 1, 1, 'Unexpected end of text'],
  ])('reports a syntax error in %j at %i:%i', (text, line, column, message) => {
    const { scenario, diagnostics } = parseScenarioText(text);
    expect(scenario).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'scenario-json-syntax', severity: 'error', message });
    expect(diagnostics[0]?.range.start).toMatchObject({ line, column });
  });

  it('places field problems on the offending value', () => {
    const text =
      '{\n  "version": 1,\n  "principal": "arn:aws:iam::111122223333:user/A",\n  "requests": [{"action": 5, "resource": "*"}]\n}';
    const { diagnostics } = parseScenarioText(text);
    const problem = diagnostics.find((d) => d.path === 'requests[0].action');
    expect(problem?.range.start).toMatchObject({ line: 4, column: 27 });
    expect(problem && text.slice(problem.range.start.offset, problem.range.end.offset)).toBe('5');
  });

  it('places unknown-field warnings on the key', () => {
    const text = '{"version": 1, "principal": "arn:aws:iam::111122223333:user/A", "extra": {}}';
    const warning = parseScenarioText(text).diagnostics[0];
    expect(warning && text.slice(warning.range.start.offset, warning.range.end.offset)).toBe('"extra"');
  });

  it('places a missing field at the brace of the object that lacks it', () => {
    const text =
      '{"version": 1, "principal": "arn:aws:iam::111122223333:user/A", "requests": [ {"resource": "*"}]}';
    const missing = parseScenarioText(text).diagnostics.find((d) => d.path === 'requests[0].action');
    expect(missing?.range.start.offset).toBe(text.indexOf('{"resource"'));
  });

  it('never throws on deeply nested or huge input', () => {
    expect(parseScenarioText('['.repeat(200_000)).scenario).toBeNull();
    expect(
      parseScenarioText(`{"version":1,"principal":${'['.repeat(50_000)}${']'.repeat(50_000)}}`).scenario,
    ).toBeNull();
  });

  it('passes every object document on as its exact text in the file, numbers as written', () => {
    const policy = '{ "Statement": [ { "Condition": { "NumericEquals": { "s3:max-keys": 1.50 } } } ] }';
    const scp = '{"Statement":[]}';
    const text =
      `{"version":1,"principal":"${USER}","identityPolicies":[{"name":"a","document":${policy}}],` +
      `"permissionsBoundary":{"name":"b","document":"{}"},` +
      `"serviceControlPolicies":[{"target":"Root","policies":[{"name":"c","document":${scp}}]}]}`;
    const { scenario, diagnostics } = parseScenarioText(text);
    expect(diagnostics).toEqual([]);
    expect(scenario?.identityPolicies[0]?.document).toBe(policy);
    expect(scenario?.permissionsBoundary?.document).toBe('{}');
    expect(scenario?.serviceControlPolicies[0]?.policies[0]?.document).toBe(scp);
  });

  it.each([
    ['the top level', '{"version":1,"version":1,"principal":"P"}', 'version', 'version'],
    [
      'a request',
      '{"version":1,"principal":"P","requests":[{"action":"a","resource":"*","resource":"b"}]}',
      'resource',
      'requests[0].resource',
    ],
    [
      'a context',
      '{"version":1,"principal":"P","requests":[{"action":"a","resource":"*","context":{"k":"1","k":"2"}}]}',
      'k',
      'requests[0].context.k',
    ],
    [
      'a policy entry',
      '{"version":1,"principal":"P","identityPolicies":[{"name":"a","name":"b","document":"{}"}]}',
      'name',
      'identityPolicies[0].name',
    ],
  ])('refuses a key repeated in %s, worded as in a policy', (_where, template, key, path) => {
    const text = template.replace('"P"', JSON.stringify(USER));
    const { scenario, diagnostics } = parseScenarioText(text);
    expect(scenario).toBeNull();
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-key');
    expect(duplicate).toMatchObject({
      severity: 'error',
      message: `Duplicate key "${key}": the same key must not appear twice in one JSON object.`,
      path,
    });
    // The range is the second key, as the policy parser places it.
    expect(duplicate && text.slice(duplicate.range.start.offset, duplicate.range.end.offset)).toBe(
      `"${key}"`,
    );
    expect(duplicate?.range.start.offset).toBe(text.lastIndexOf(`"${key}"`));
  });

  it('leaves keys repeated inside a policy document to the policy parser', () => {
    const text = `{"version":1,"principal":"${USER}","identityPolicies":[{"name":"a","document":{"Version":"2012-10-17","Version":"2012-10-17","Statement":[]}}]}`;
    const { scenario, diagnostics } = parseScenarioText(text);
    expect(diagnostics).toEqual([]);
    expect(scenario?.identityPolicies[0]?.document).toBe(
      '{"Version":"2012-10-17","Version":"2012-10-17","Statement":[]}',
    );
  });
});
