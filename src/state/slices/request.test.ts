import { describe, expect, it } from 'vitest';

import { toEngineRequest } from '../scenarioOf';
import { createPlaygroundStore } from '../store';
import { selectedRequestOf } from './request';

const PASTED = {
  said: { decision: 'ImplicitDeny', layer: 'boundary' },
  principal: 'arn:aws:iam::123456789012:user/alice',
  notes: [],
} as const;

describe('the request slice', () => {
  it('sets context values: an existing key (any case) takes the value once, a new key is added', () => {
    const store = createPlaygroundStore();
    const { actions } = store.getState();
    actions.addContextRow('aws:SourceIp');
    actions.addContextRow('aws:sourceip');
    actions.addContextRow('aws:PrincipalTag/team');
    actions.setContextValues({ 'aws:SourceIp': '203.0.113.7', 'aws:TagKeys': ['a', 'b'] });
    const rows = selectedRequestOf(store.getState()).context;
    expect(rows.map((r) => [r.key, r.values, r.multivalued])).toEqual([
      ['aws:SourceIp', ['203.0.113.7'], false],
      ['aws:PrincipalTag/team', [''], false],
      ['aws:TagKeys', ['a', 'b'], true],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
  });

  it('keeps what AWS said while the request is the one pasted, and drops it once it is another', () => {
    const store = createPlaygroundStore();
    const { actions } = store.getState();
    actions.addRequest({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', pasted: PASTED });
    actions.setContextValues({ 'aws:SourceIp': '203.0.113.7' });
    expect(selectedRequestOf(store.getState()).pasted).toEqual(PASTED);
    // Not part of the scenario: links and the autosave never carry it.
    expect(toEngineRequest(selectedRequestOf(store.getState()))).not.toHaveProperty('pasted');
    actions.updateRequest({ resource: 'arn:aws:s3:::b/other' });
    expect(selectedRequestOf(store.getState()).pasted).toBeUndefined();
  });
});
