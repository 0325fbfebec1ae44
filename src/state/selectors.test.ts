import { describe, expect, it } from 'vitest';

import { RCP_FULL_AWS_ACCESS_TEXT } from '../engine';
import {
  rcpFullAccessId,
  selectDocumentsToCheck,
  selectDocumentText,
  selectIdentityTabs,
  selectOtherTabs,
  selectScenario,
  selectSelectedRequest,
  selectTraceDocumentId,
} from './selectors';
import { createPlaygroundStore } from './store';

describe(selectScenario, () => {
  it('is the example scenario in the engine format, documents as typed', () => {
    const scenario = selectScenario(createPlaygroundStore().getState());
    expect(scenario.version).toBe(1);
    expect(scenario.identityPolicies[0]).toMatchObject({
      name: 'AdministratorAccess',
      arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    });
    expect(typeof scenario.permissionsBoundary?.document).toBe('string');
    expect(scenario.requests).toEqual([{ action: 's3:ListAllMyBuckets', resource: '*', context: {} }]);
  });

  it('returns the same object until an input changes', () => {
    const store = createPlaygroundStore();
    const first = selectScenario(store.getState());
    store.getState().actions.setFilters({ search: 'ec2' });
    expect(selectScenario(store.getState())).toBe(first);
    store.getState().actions.setPolicyText('boundary', '{}');
    expect(selectScenario(store.getState())).not.toBe(first);
  });

  it('leaves out a switched-off boundary and carries the management account', () => {
    const store = createPlaygroundStore();
    store.getState().actions.setBoundaryEnabled(false);
    store.getState().actions.setManagementAccount(' 999999999999 ');
    const scenario = selectScenario(store.getState());
    expect(scenario.permissionsBoundary).toBeNull();
    expect(scenario.organization).toEqual({ managementAccount: '999999999999' });
  });

  it('holds every request of the suite, in order', () => {
    const store = createPlaygroundStore();
    store.getState().actions.addRequest({ action: 'ec2:DescribeInstances' });
    expect(selectScenario(store.getState()).requests.map((r) => r.action)).toEqual([
      's3:ListAllMyBuckets',
      'ec2:DescribeInstances',
    ]);
    expect(selectSelectedRequest(store.getState()).action).toBe('ec2:DescribeInstances');
  });
});

describe(selectDocumentsToCheck, () => {
  it('gives each document the policy type it is validated as, and says which are AWS managed', () => {
    const store = createPlaygroundStore();
    const { actions } = store.getState();
    actions.addPolicy('resourcePolicy');
    actions.setResourcePolicyKind('kms-key');
    actions.addPolicy('vpcEndpointPolicy');
    actions.addPolicy('resourceControlPolicies');
    const docs = selectDocumentsToCheck(store.getState()).map((d) => [d.type, d.awsManaged]);
    expect(docs).toEqual([
      ['identity', true],
      ['boundary', false],
      ['kms-key', false],
      ['vpc-endpoint', false],
      ['rcp', false],
    ]);
  });

  it('treats an edited AWS managed policy as the person’s own', () => {
    const store = createPlaygroundStore();
    store.getState().actions.setPolicyText('identity-1', '{"Version": "2012-10-17", "Statement": []}');
    expect(selectDocumentsToCheck(store.getState())[0]?.awsManaged).toBe(false);
  });
});

describe('editor tabs', () => {
  it('puts identity policies left and every other slot right, in slot order', () => {
    const store = createPlaygroundStore();
    const { actions } = store.getState();
    actions.addPolicy('serviceControlPolicies');
    actions.addPolicy('sessionPolicy');
    expect(selectIdentityTabs(store.getState()).map((t) => t.kind)).toEqual(['Identity']);
    expect(selectOtherTabs(store.getState()).map((t) => t.kind)).toEqual([
      'Boundary',
      'Session',
      'SCP · Root',
    ]);
  });

  it('shows AWS’s RCPFullAWSAccess read-only before each RCP level’s own policies', () => {
    const store = createPlaygroundStore();
    const id = store.getState().actions.addPolicy('resourceControlPolicies');
    const tabs = selectOtherTabs(store.getState()).filter((t) => t.kind.startsWith('RCP'));
    expect(tabs.map((t) => [t.name, t.readOnly, t.removable])).toEqual([
      ['RCPFullAWSAccess', true, false],
      ['rcp', false, true],
    ]);
    expect(tabs[1]?.id).toBe(id);
    expect(selectDocumentText(store.getState(), rcpFullAccessId(0))).toBe(RCP_FULL_AWS_ACCESS_TEXT);
  });

  it('keeps the last identity policy removable only when there are others', () => {
    const store = createPlaygroundStore();
    expect(selectIdentityTabs(store.getState())[0]?.removable).toBe(false);
    store.getState().actions.addPolicy('identityPolicies');
    expect(selectIdentityTabs(store.getState()).map((t) => t.removable)).toEqual([true, true]);
  });

  it('returns the same tab list until a document changes', () => {
    const store = createPlaygroundStore();
    const before = selectOtherTabs(store.getState());
    store.getState().actions.setFilters({ service: 's3' });
    expect(selectOtherTabs(store.getState())).toBe(before);
  });

  it('keeps the same tab list while a document’s text is typed, and changes it on a rename', () => {
    const store = createPlaygroundStore();
    const { actions } = store.getState();
    const boundaryId = store.getState().permissionsBoundary?.id ?? '';
    const before = selectOtherTabs(store.getState());
    actions.setPolicyText(boundaryId, '{"Version":"2012-10-17","Statement":[]}');
    expect(selectOtherTabs(store.getState())).toBe(before);
    actions.renamePolicy(boundaryId, 'renamed-boundary');
    const after = selectOtherTabs(store.getState());
    expect(after).not.toBe(before);
    expect(after[0]?.name).toBe('renamed-boundary');
  });
});

describe(selectTraceDocumentId, () => {
  it('finds the editor document of a trace entry, RCPFullAWSAccess included', () => {
    const store = createPlaygroundStore();
    const rcp = store.getState().actions.addPolicy('resourceControlPolicies');
    const state = store.getState();
    expect(selectTraceDocumentId(state, { layer: 'identity', policyIndex: 0 })).toBe('identity-1');
    expect(selectTraceDocumentId(state, { layer: 'boundary', policyIndex: 0 })).toBe('boundary');
    expect(selectTraceDocumentId(state, { layer: 'rcp', policyIndex: 0, level: 'Root' })).toBe(rcp);
    expect(selectTraceDocumentId(state, { layer: 'rcp', policyIndex: -1, level: 'Root' })).toBe(
      rcpFullAccessId(0),
    );
    expect(selectTraceDocumentId(state, { layer: 'session', policyIndex: 0 })).toBeNull();
  });
});
