import { describe, expect, it } from 'vitest';

import { ADMINISTRATOR_ACCESS_TEXT, EC2_BOUNDARY_TEXT } from './defaultScenario';
import { createPlaygroundStore } from './store';

describe(createPlaygroundStore, () => {
  it('starts on the example scenario', () => {
    const state = createPlaygroundStore().getState();
    expect(state.identityPolicies.map((p) => p.name)).toEqual(['AdministratorAccess']);
    expect(state.identityPolicies[0]?.text).toBe(ADMINISTRATOR_ACCESS_TEXT);
    expect(state.permissionsBoundary?.name).toBe('ec2-boundary');
    expect(state.permissionsBoundary?.text).toBe(EC2_BOUNDARY_TEXT);
    expect(state.editorStatus).toBe('loading');
  });

  it('gives every store its own state', () => {
    const a = createPlaygroundStore();
    const b = createPlaygroundStore();
    a.getState().actions.setPolicyText('boundary', '{}');
    expect(a.getState().permissionsBoundary?.text).toBe('{}');
    expect(b.getState().permissionsBoundary?.text).toBe(EC2_BOUNDARY_TEXT);
  });

  it('updates only the document whose id it is given', () => {
    const store = createPlaygroundStore();
    store.getState().actions.setPolicyText('identity-1', 'edited');
    expect(store.getState().identityPolicies[0]?.text).toBe('edited');
    expect(store.getState().permissionsBoundary?.text).toBe(EC2_BOUNDARY_TEXT);
  });

  it('keeps the actions object stable across updates', () => {
    const store = createPlaygroundStore();
    const before = store.getState().actions;
    store
      .getState()
      .actions.setEditorProblems('boundary', [
        { severity: 'error', message: 'x', line: 1, column: 1, source: 'JSON' },
      ]);
    expect(store.getState().actions).toBe(before);
    expect(store.getState().editorProblems['boundary']).toHaveLength(1);
  });

  it('leaves the state alone when the editor reports the same problems again', () => {
    const store = createPlaygroundStore();
    const problem = { severity: 'error', message: 'x', line: 1, column: 1, source: 'JSON' } as const;
    const { setEditorProblems } = store.getState().actions;
    setEditorProblems('boundary', [problem]);
    const before = store.getState();
    setEditorProblems('boundary', [{ ...problem }]);
    expect(store.getState()).toBe(before);
    setEditorProblems('boundary', [{ ...problem, line: 2 }]);
    expect(store.getState().editorProblems['boundary']?.[0]?.line).toBe(2);
  });

  it('accepts initial documents', () => {
    const store = createPlaygroundStore({ permissionsBoundary: null });
    expect(store.getState().permissionsBoundary).toBeNull();
  });
});
