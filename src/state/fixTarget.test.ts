import { describe, expect, it } from 'vitest';

import { fixTargetOf } from './fixTarget';
import { createPlaygroundStore } from './store';

describe(fixTargetOf, () => {
  const state = createPlaygroundStore().getState();

  it('finds the document at a fix path, for a single slot and a list', () => {
    const boundary = {
      policyPath: 'permissionsBoundary',
      policyName: 'ec2-boundary',
      newPolicy: false,
    } as const;
    expect(fixTargetOf(state, boundary)).toEqual({ kind: 'document', id: 'boundary' });
    const first = { policyPath: ['identityPolicies', 0], policyName: 'x', newPolicy: false } as const;
    expect(fixTargetOf(state, first)).toEqual({ kind: 'document', id: 'identity-1' });
  });

  it('adds a new policy to a list or an empty slot, and reports what it cannot place', () => {
    const second = { policyPath: ['identityPolicies', 1], policyName: 'fix', newPolicy: true } as const;
    expect(fixTargetOf(state, second)).toEqual({ kind: 'new', field: 'identityPolicies' });
    const session = { policyPath: 'sessionPolicy', policyName: 'fix', newPolicy: true } as const;
    expect(fixTargetOf(state, session)).toEqual({ kind: 'new', field: 'sessionPolicy' });
    const gone = { policyPath: ['identityPolicies', 4], policyName: 'old', newPolicy: false } as const;
    expect(fixTargetOf(state, gone)).toMatchObject({ kind: 'missing' });
    const scp = {
      policyPath: ['serviceControlPolicies', 0, 'policies', 0],
      policyName: 'fix',
      newPolicy: true,
    } as const;
    expect(fixTargetOf(state, scp)).toMatchObject({ kind: 'missing' });
  });
});
