import { describe, expect, it } from 'vitest';

import { DEFAULT_SHARED_STATE, encodePermalink, type SharedState } from '../permalink';
import { loadBundledManagedPolicies } from '../managed-policies/bundled';
import { resolveBaseline, type BaselineContext } from './baseline';
import { createManagedTexts } from './managedTexts';

function context(sessionStart: SharedState | null = null): BaselineContext {
  return {
    managed: createManagedTexts(),
    loadLibrary: loadBundledManagedPolicies,
    sessionStart: () => sessionStart,
  };
}

describe(resolveBaseline, () => {
  it('reads the session’s start as the engine’s scenario, managed policies as their text', async () => {
    const result = await resolveBaseline({ kind: 'session' }, context(DEFAULT_SHARED_STATE));
    if (!result.ok) throw new Error(result.message);
    expect(result.baseline.scenario.principal).toBe(DEFAULT_SHARED_STATE.principal);
    expect(result.baseline.scenario.identityPolicies[0]?.name).toBe('AdministratorAccess');
    expect(String(result.baseline.scenario.identityPolicies[0]?.document)).toContain('"Action": "*"');
    expect(result.baseline.label).toMatch(/session/);
  });

  it('says the session is not open yet rather than comparing with nothing', async () => {
    expect(await resolveBaseline({ kind: 'session' }, context(null))).toEqual({
      ok: false,
      message: 'The session has not finished opening yet.',
    });
  });

  it('opens a whole link, a bare fragment and an example link', async () => {
    const edited: SharedState = {
      ...DEFAULT_SHARED_STATE,
      principal: 'arn:aws:iam::111122223333:user/zhang',
    };
    const fragment = encodePermalink(edited);
    for (const text of [`https://example.test/playground/#${fragment}`, `#${fragment}`, fragment]) {
      const result = await resolveBaseline({ kind: 'link', text }, context());
      expect(result.ok && result.baseline.scenario.principal).toBe(edited.principal);
    }
    const example = await resolveBaseline({ kind: 'link', text: '#example=delegated-admin' }, context());
    expect(example.ok && example.baseline.label).toBe('the example delegated-admin');
  });

  it('gives one sentence for a damaged link or an unknown example', async () => {
    const damaged = await resolveBaseline({ kind: 'link', text: '#s=1.AAAAbroken' }, context());
    expect(damaged.ok).toBe(false);
    const unknown = await resolveBaseline({ kind: 'link', text: '#example=nope' }, context());
    expect(!unknown.ok && unknown.message).toContain('nope');
  });

  it('reads a scenario file, AWS managed policies by ARN alone included', async () => {
    const file = JSON.stringify({
      version: 1,
      principal: 'arn:aws:iam::111122223333:user/reader',
      identityPolicies: [{ name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
    });
    const result = await resolveBaseline({ kind: 'file', name: 'old.json', text: file }, context());
    if (!result.ok) throw new Error(result.message);
    expect(result.baseline.label).toBe('the file old.json');
    expect(String(result.baseline.scenario.identityPolicies[0]?.document)).toContain('s3:Get');
  });

  it('says where a scenario file is wrong', async () => {
    const broken = await resolveBaseline({ kind: 'file', name: 'x.json', text: '{"principal": ' }, context());
    expect(!broken.ok && broken.message).toMatch(/^x\.json: /);
    const missing = await resolveBaseline(
      { kind: 'file', name: 'y.json', text: '{"version": 1}' },
      context(),
    );
    expect(!missing.ok && missing.message).toMatch(/principal/);
  });
});
