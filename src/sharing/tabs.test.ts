import { describe, expect, it } from 'vitest';

import type { SlotField } from '../engine';
import { createPlaygroundStore } from '../state/store';
import { canonicalTabId, decodeTabs, encodeTabs } from './tabs';

describe('tab ids in links', () => {
  it('names documents by position, whatever their store id', () => {
    const store = createPlaygroundStore();
    const add = (field: SlotField): string => store.getState().actions.addPolicy(field) ?? 'refused';
    const id = add('identityPolicies');
    const scp = add('serviceControlPolicies');
    const endpoint = add('vpcEndpointPolicy');
    const s = store.getState();
    expect(canonicalTabId(s, id)).toBe('identity-2');
    expect(canonicalTabId(s, scp)).toBe('scp-1-1');
    expect(canonicalTabId(s, 'boundary')).toBe('boundary');
    expect(canonicalTabId(s, endpoint)).toBe('vpcEndpoint');
    expect(canonicalTabId(s, 'rcp-full-access-2')).toBe('rcp-full-access-2');
    expect(canonicalTabId(s, 'nope')).toBeNull();
  });

  it.each([
    ['identity-1', 'boundary', 'identity-1'],
    ['identity-1', 'session', 'identity-1 session'],
  ])('encodes %s + %s as %j and back', (left, right, encoded) => {
    const store = createPlaygroundStore();
    store.getState().actions.addPolicy('sessionPolicy');
    expect(encodeTabs(store.getState(), left, right)).toBe(encoded);
    expect(decodeTabs(encoded)).toEqual({ activeTab: left, activeOtherTab: right });
  });

  it('falls back to the first identity tab and the boundary', () => {
    expect(decodeTabs('')).toEqual({ activeTab: 'identity-1', activeOtherTab: 'boundary' });
  });
});
