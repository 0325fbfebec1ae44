import { describe, expect, it } from 'vitest';

import { LIMITS, MAX_PAYLOAD_BYTES } from '../permalink';
import { linkProblem } from './linkGate';
import { createPlaygroundStore } from './store';

const limitBanner = (store: ReturnType<typeof createPlaygroundStore>) =>
  store.getState().banners.find((b) => b.kind === 'limit')?.message ?? null;

describe('the link gate', () => {
  it(`refuses identity policy ${LIMITS.identityPolicies + 1}, and says why`, () => {
    const store = createPlaygroundStore();
    const { actions } = store.getState();
    for (let i = 1; i < LIMITS.identityPolicies; i++)
      expect(actions.addPolicy('identityPolicies')).not.toBeNull();
    expect(store.getState().identityPolicies).toHaveLength(LIMITS.identityPolicies);
    expect(limitBanner(store)).toBeNull();
    expect(actions.addPolicy('identityPolicies')).toBeNull();
    expect(
      actions.attachManagedPolicy({ name: 'x', arn: 'arn:aws:iam::aws:policy/x', text: '{}' }, 'identity'),
    ).toBeNull();
    expect(store.getState().identityPolicies).toHaveLength(LIMITS.identityPolicies);
    expect(limitBanner(store)).toBe(
      'That change was not made: the work would no longer fit in a link or the autosave ' +
        `(identityPolicies has ${LIMITS.identityPolicies + 1} entries; at most ${LIMITS.identityPolicies} are allowed).`,
    );
  });

  it(`refuses a name of ${LIMITS.stringLength + 1} characters and keeps the old one`, () => {
    const store = createPlaygroundStore();
    store.getState().actions.renamePolicy('identity-1', 'n'.repeat(LIMITS.stringLength + 1));
    expect(store.getState().identityPolicies[0]?.name).toBe('AdministratorAccess');
    expect(limitBanner(store)).toMatch(/identityPolicies\[0\]\.name is longer than 4096 characters/);
    store.getState().actions.renamePolicy('identity-1', 'n'.repeat(LIMITS.stringLength));
    expect(store.getState().identityPolicies[0]?.name).toHaveLength(LIMITS.stringLength);
  });

  it('refuses a policy text over the cap, and a setPolicyText caller learns it', () => {
    const store = createPlaygroundStore();
    const { actions } = store.getState();
    expect(actions.setPolicyText('boundary', 'x'.repeat(LIMITS.textLength + 1))).toBe(false);
    expect(store.getState().permissionsBoundary?.name).toBe('ec2-boundary');
    expect(store.getState().permissionsBoundary?.text).toMatch(/AllowEC2Only/);
    expect(actions.setPolicyText('boundary', '{}')).toBe(true);
  });

  it('refuses work whose link would unpack past its size limit, each text being under the cap', () => {
    const store = createPlaygroundStore();
    const { actions } = store.getState();
    const text = 'x'.repeat(LIMITS.textLength);
    const ids = Array.from({ length: Math.ceil(MAX_PAYLOAD_BYTES / LIMITS.textLength) + 1 }, () =>
      actions.addPolicy('identityPolicies'),
    );
    const accepted = ids.map((id) => actions.setPolicyText(id ?? '', text));
    expect(accepted.at(-1)).toBe(false);
    expect(limitBanner(store)).toMatch(/its link would unpack to more than 5 MB/);
    expect(linkProblem(store.getState())).toBeNull();
  });

  it('refuses request 1001 and context key 201, keeping the selection', () => {
    const store = createPlaygroundStore();
    const { actions } = store.getState();
    actions.replaceRequests(
      Array.from({ length: LIMITS.requests }, () => ({
        action: 's3:GetObject',
        resource: '*',
        resourceAccount: '',
        context: [],
      })),
    );
    const selected = store.getState().selectedRequestId;
    expect(actions.addRequest()).toBe(selected);
    expect(actions.duplicateRequest(selected)).toBe(selected);
    expect(store.getState().requests).toHaveLength(LIMITS.requests);
    for (let i = 0; i <= LIMITS.contextKeys; i++) actions.addContextRow(`k${i}`);
    expect(store.getState().requests[0]?.context).toHaveLength(LIMITS.contextKeys);
    expect(limitBanner(store)).toMatch(/requests\[0\]\.context has 201 keys/);
  });

  it('refuses a table search over the cap', () => {
    const store = createPlaygroundStore();
    store.getState().actions.setFilters({ search: 's'.repeat(LIMITS.stringLength + 1) });
    expect(store.getState().filters.search).toBe('');
    expect(limitBanner(store)).toMatch(/filters\.search is longer/);
  });

  it('does not freeze work that is already over the caps', () => {
    const store = createPlaygroundStore({ principal: 'p'.repeat(LIMITS.stringLength + 1) });
    store.getState().actions.setPolicyText('boundary', '{}');
    expect(store.getState().permissionsBoundary?.text).toBe('{}');
    store.getState().actions.setPrincipal('arn:aws:iam::111122223333:user/fixed');
    expect(linkProblem(store.getState())).toBeNull();
  });
});
