import { describe, expect, it } from 'vitest';

import { findExample } from '../examples';
import { loadManagedPoliciesFromDisk } from '../managed-policies/node';
import { DEFAULT_SHARED_STATE, encodePermalink, type SharedState } from '../permalink';
import { createPlaygroundStore } from '../state/store';
import { exampleToSharedState } from './examples';
import { RCP_FULL_AWS_ACCESS_TEXT } from '../engine';
import { selectScenario } from '../state/selectors';
import { ADMINISTRATOR_ACCESS_ARN, createManagedTexts } from './managedTexts';
import { applySharedState, managedArnsOf, storeFieldsOf, toSharedState } from './mapping';

const managed = createManagedTexts();
const lookup = (arn: string) => managed.get(arn);
const noLibrary = () => Promise.reject(new Error('no library in this test'));

/** A state that sets every field a link carries to something other than its default. */
const EVERYTHING: SharedState = {
  principal: 'arn:aws:sts::111122223333:assumed-role/dev/alice',
  sessionIssuer: 'arn:aws:iam::111122223333:role/team/dev',
  organization: { managementAccount: '999999999999' },
  identityPolicies: [
    { name: 'inline', text: '{ "Version": "2012-10-17",\n  "Statement": [] }' },
    { name: 'AdministratorAccess', managedArn: ADMINISTRATOR_ACCESS_ARN },
  ],
  permissionsBoundary: {
    name: 'b',
    text: '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
  },
  sessionPolicy: { name: 'session', text: '{}' },
  resourcePolicy: { name: 'bucket', text: '{"x":1}', kind: 'kms-key' },
  vpcEndpointPolicy: { name: 'endpoint', text: '{"y":2}' },
  serviceControlPolicies: [
    { target: 'Root', policies: [{ name: 'FullAWSAccess', text: 'a' }] },
    {
      target: 'Account',
      policies: [
        { name: 'deny', text: 'b' },
        { name: 'deny2', text: 'c' },
      ],
    },
  ],
  resourceControlPolicies: [{ target: 'Root', policies: [{ name: 'rcp', text: 'd' }] }],
  requests: [
    {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      resourceAccount: '444455556666',
      context: { 'aws:SourceIp': '10.0.0.1', 'aws:TagKeys': ['a'], 'aws:CalledVia': ['x', 'y'] },
      viaVpcEndpoint: false,
      expect: { decision: 'ImplicitDeny', deniedBy: 'vpcEndpoint' },
    },
    { action: 'ec2:RunInstances', resource: '*', context: {}, expect: { decision: 'Allowed' } },
  ],
  tab: 'identity-2 scp-2-2',
  selectedAction: 's3:GetObject',
  filters: { search: 's3:Get*', service: 's3', accessLevel: 'Read', region: 'boundaryOnly', view: 'actions' },
};

describe('store ⇄ shared state', () => {
  it('gives back every field after applying a state', async () => {
    const store = createPlaygroundStore();
    const problems = await applySharedState(store, EVERYTHING, managed, noLibrary);
    expect(problems).toEqual([]);
    expect(toSharedState(store.getState(), lookup)).toEqual(EVERYTHING);
  });

  it('maps the default store to the default shared state (so the default link is the short one)', () => {
    const shared = toSharedState(createPlaygroundStore().getState(), lookup);
    expect(encodePermalink(shared)).toBe(encodePermalink(DEFAULT_SHARED_STATE));
  });

  it('writes an edited managed document as text, an untouched one by ARN', () => {
    const store = createPlaygroundStore();
    expect(toSharedState(store.getState(), lookup).identityPolicies[0]).toEqual({
      name: 'AdministratorAccess',
      managedArn: ADMINISTRATOR_ACCESS_ARN,
    });
    store.getState().actions.setPolicyText('identity-1', '{}');
    expect(toSharedState(store.getState(), lookup).identityPolicies[0]).toEqual({
      name: 'AdministratorAccess',
      text: '{}',
    });
  });

  it('opens the table grouped by service unless a link asks for the flat list', async () => {
    const store = createPlaygroundStore();
    expect(store.getState().filters.view).toBe('services');
    await applySharedState(store, { ...EVERYTHING, filters: { view: 'tiles' } }, managed, noLibrary);
    expect(store.getState().filters.view).toBe('services');
    expect(toSharedState(store.getState(), lookup).filters).toEqual({});
  });

  it('shares a switched-off boundary as no boundary', () => {
    const store = createPlaygroundStore();
    store.getState().actions.setBoundaryEnabled(false);
    expect(toSharedState(store.getState(), lookup).permissionsBoundary).toBeNull();
  });

  it('keeps context rows with a key, multivalued ones as lists', () => {
    const store = createPlaygroundStore();
    store.getState().actions.updateRequest({
      context: [
        { id: 'a', key: ' aws:username ', values: ['bob'], multivalued: false },
        { id: 'b', key: '', values: ['ignored'], multivalued: false },
        { id: 'c', key: 'aws:TagKeys', values: ['k'], multivalued: true },
      ],
    });
    expect(toSharedState(store.getState(), lookup).requests[0]?.context).toEqual({
      'aws:username': 'bob',
      'aws:TagKeys': ['k'],
    });
  });

  it('leaves an unknown managed policy empty and says why', async () => {
    const store = createPlaygroundStore();
    const state = {
      ...EVERYTHING,
      sessionPolicy: { name: 'x', managedArn: 'arn:aws:iam::aws:policy/NoSuchPolicy' },
    };
    const problems = await applySharedState(store, state, createManagedTexts(), loadManagedPoliciesFromDisk);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('NoSuchPolicy');
    expect(store.getState().sessionPolicy?.text).toBe('');
  });

  it('loads a managed policy the cache does not know from the library', async () => {
    const texts = createManagedTexts();
    const arn = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const fields = storeFieldsOf(
      { ...DEFAULT_SHARED_STATE, sessionPolicy: { name: 'ro', managedArn: arn } },
      (a) => texts.get(a),
    );
    expect(fields.sessionPolicy?.text).toBe('');
    expect(await texts.ensure([arn], loadManagedPoliciesFromDisk)).toEqual([]);
    expect(JSON.parse(texts.get(arn) ?? 'null')).toHaveProperty('Statement');
  });

  it('drops a listed copy of RCPFullAWSAccess (older links list it): every RCP level has it', () => {
    const fields = storeFieldsOf(
      {
        ...DEFAULT_SHARED_STATE,
        resourceControlPolicies: [
          {
            target: 'Root',
            policies: [
              { name: 'RCPFullAWSAccess', text: RCP_FULL_AWS_ACCESS_TEXT },
              { name: 'tls', text: '{"Statement":[]}' },
            ],
          },
        ],
      },
      lookup,
    );
    expect(fields.resourceControlPolicies?.[0]?.policies.map((p) => p.name)).toEqual(['tls']);
  });

  it('keeps a `__proto__` context key through the store, the engine scenario and the link', async () => {
    const store = createPlaygroundStore();
    const context = JSON.parse('{"__proto__": "x", "aws:SourceIp": "10.0.0.1"}') as Record<string, string>;
    const state: SharedState = {
      ...DEFAULT_SHARED_STATE,
      requests: [{ action: 's3:GetObject', resource: '*', context }],
    };
    await applySharedState(store, state, managed, noLibrary);
    const shared = toSharedState(store.getState(), lookup);
    expect(Object.keys(shared.requests[0]?.context ?? {})).toEqual(['__proto__', 'aws:SourceIp']);
    expect(Object.keys(selectScenario(store.getState()).requests[0]?.context ?? {})).toEqual([
      '__proto__',
      'aws:SourceIp',
    ]);
  });

  it('gives the evaluator and the link the same scenario (one mapping), texts aside', () => {
    const store = createPlaygroundStore();
    store.getState().actions.setPrincipal(' arn:aws:iam::111122223333:user/bob ', '');
    store.getState().actions.updateRequest({ action: ' s3:GetObject ', resource: '' });
    const scenario = selectScenario(store.getState());
    const shared = toSharedState(store.getState(), lookup);
    expect(shared.principal).toBe(scenario.principal);
    expect(shared.requests).toEqual(scenario.requests);
    expect(scenario.requests[0]).toMatchObject({ action: 's3:GetObject', resource: '*' });
  });

  it('lists every managed ARN a state references', () => {
    expect(managedArnsOf(EVERYTHING)).toEqual([ADMINISTRATOR_ACCESS_ARN]);
  });
});

describe('managed texts', () => {
  it('seeds AdministratorAccess with exactly the library rendering', async () => {
    const library = await loadManagedPoliciesFromDisk();
    const result = await library.document(ADMINISTRATOR_ACCESS_ARN);
    if (!result.ok) throw new Error(result.error.message);
    expect(createManagedTexts().get(ADMINISTRATOR_ACCESS_ARN)).toBe(result.value.text);
  });
});

describe('examples as shared states', () => {
  it('opens ec2-boundary as the default scenario with its two requests, under 500 characters', () => {
    const example = findExample('ec2-boundary');
    if (!example) throw new Error('missing example');
    const shared = exampleToSharedState(example, lookup);
    expect(shared.identityPolicies).toEqual(DEFAULT_SHARED_STATE.identityPolicies);
    expect(shared.requests.map((r) => r.action)).toEqual(['ec2:DescribeInstances', 's3:ListAllMyBuckets']);
    expect(encodePermalink(shared).length + 1).toBeLessThan(500);
  });
});
