import { describe, expect, it } from 'vitest';

import { DEFAULT_SHARED_STATE, encodePermalink, type SharedState } from '../permalink';
import { createMemoryBackend, createStorage, type Timers } from '../persistence';
import { createPlaygroundStore } from '../state/store';
import { startSharing, type SharingEnvironment } from './sync';

/** Timers run by hand. */
function manualTimers(): Timers & { runAll(): void } {
  const pending = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout: (callback) => {
      next += 1;
      pending.set(next, callback);
      return next;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
    runAll: () => {
      const callbacks = [...pending.values()];
      pending.clear();
      for (const callback of callbacks) callback();
    },
  };
}

function fakeEnvironment(hash: string) {
  const listeners = new Map<string, () => void>();
  const env: SharingEnvironment & { current: string; replaced: string[]; fire(type: string): void } = {
    current: hash,
    replaced: [],
    hash: () => env.current,
    replaceHash: (h) => {
      env.current = h;
      env.replaced.push(h);
    },
    listen: (type, listener) => {
      listeners.set(type, listener);
      return () => listeners.delete(type);
    },
    fire: (type) => listeners.get(type)?.(),
  };
  return env;
}

const noLibrary = () => Promise.reject(new Error('no library'));
const WORK: SharedState = { ...DEFAULT_SHARED_STATE, principal: 'arn:aws:iam::111122223333:user/work' };
const LINKED: SharedState = { ...DEFAULT_SHARED_STATE, principal: 'arn:aws:iam::111122223333:user/linked' };

function setup(hash: string, saved: SharedState | null) {
  const storage = createStorage(createMemoryBackend());
  if (saved) storage.save(saved);
  const store = createPlaygroundStore();
  const env = fakeEnvironment(hash);
  const timers = manualTimers();
  const sharing = startSharing(store, { storage, loadLibrary: noLibrary, environment: env, timers });
  return { storage, store, env, timers, sharing };
}

describe('startSharing', () => {
  it('restores the saved work when the URL has no link', async () => {
    const { store, sharing } = setup('', WORK);
    await sharing.ready;
    expect(store.getState().principal).toBe(WORK.principal);
    expect(store.getState().banners).toEqual([]);
  });

  it('opens a link over different saved work, keeping the work as a backup', async () => {
    const { store, storage, sharing } = setup(`#${encodePermalink(LINKED)}`, WORK);
    await sharing.ready;
    expect(store.getState().principal).toBe(LINKED.principal);
    expect(storage.loadBackup()).toMatchObject({ ok: true, state: { principal: WORK.principal } });
    expect(store.getState().banners.map((b) => b.kind)).toEqual(['restore']);
    await sharing.restoreBackup();
    expect(store.getState().principal).toBe(WORK.principal);
    expect(store.getState().banners).toEqual([]);
  });

  it('keeps the saved work untouched and explains a broken link', async () => {
    const { store, storage, sharing } = setup('#s=1.AAAAAAAA', WORK);
    await sharing.ready;
    expect(store.getState().principal).toBe(WORK.principal);
    expect(storage.load()).toMatchObject({ ok: true, state: { principal: WORK.principal } });
    expect(store.getState().banners[0]).toMatchObject({ kind: 'link-error' });
  });

  it('writes the address and the autosave after edits, and at once on pagehide', async () => {
    const { store, storage, env, timers, sharing } = setup('', null);
    await sharing.ready;
    store.getState().actions.setPrincipal(LINKED.principal);
    expect(env.replaced).toEqual([]);
    env.fire('pagehide');
    expect(env.current).toBe(`#${sharing.currentLink()}`);
    expect(storage.load()).toMatchObject({ ok: true, state: { principal: LINKED.principal } });
    store.getState().actions.setPrincipal(WORK.principal);
    timers.runAll();
    expect(env.replaced).toHaveLength(2);
  });

  it('opens a new fragment when the address changes', async () => {
    const { store, env, sharing } = setup('', null);
    await sharing.ready;
    env.current = '#example=mfa-guardrail';
    env.fire('hashchange');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().principal).toBe('arn:aws:iam::111122223333:user/mateo');
    expect(store.getState().requests.length).toBeGreaterThan(1);
  });
});
