import { describe, expect, it } from 'vitest';

import { decodePermalink, DEFAULT_SHARED_STATE, encodePermalink, type SharedState } from '../permalink';
import {
  createMemoryBackend,
  createStorage,
  STORAGE_KEYS,
  type StorageBackend,
  type Timers,
} from '../persistence';
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

type StorageListener = (key: string | null, newValue: string | null) => void;

function fakeEnvironment(hash: string) {
  const listeners = new Map<string, () => void>();
  let storageListener: StorageListener = () => undefined;
  const env: SharingEnvironment & {
    current: string;
    replaced: string[];
    fire(type: string): void;
    fireStorage: StorageListener;
  } = {
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
    listenStorage: (listener) => {
      storageListener = listener;
      return () => {
        storageListener = () => undefined;
      };
    },
    fire: (type) => listeners.get(type)?.(),
    fireStorage: (key, value) => storageListener(key, value),
  };
  return env;
}

const noLibrary = () => Promise.reject(new Error('no library'));
const userState = (name: string): SharedState => ({
  ...DEFAULT_SHARED_STATE,
  principal: `arn:aws:iam::111122223333:user/${name}`,
});
const WORK = userState('work');
const LINKED = userState('linked');
const OTHER = userState('other-link');

interface SetupOptions {
  readonly saved?: SharedState | null;
  /** Raw text in the autosave key instead of `saved`. */
  readonly savedText?: string;
  readonly backend?: StorageBackend;
  readonly embed?: boolean;
}

function setup(hash: string, { saved = null, savedText, backend, embed }: SetupOptions = {}) {
  const values = backend ?? createMemoryBackend();
  if (savedText !== undefined) values.setItem(STORAGE_KEYS.autosave, savedText);
  const storage = createStorage(values);
  if (saved) storage.save(saved);
  const store = createPlaygroundStore();
  const env = fakeEnvironment(hash);
  const timers = manualTimers();
  const sharing = startSharing(store, { storage, loadLibrary: noLibrary, environment: env, timers, embed });
  return { storage, store, env, timers, sharing, values };
}

const principal = (store: ReturnType<typeof createPlaygroundStore>) => store.getState().principal;
const bannerKinds = (store: ReturnType<typeof createPlaygroundStore>) =>
  store.getState().banners.map((b) => b.kind);
const recentPrincipals = (storage: ReturnType<typeof createStorage>) =>
  storage.recent().map((e) => (e.readable ? e.state.principal : `unreadable: ${e.text}`));

describe('startSharing: start-up', () => {
  it('restores the saved work when the URL has no link, and writes its link at once', async () => {
    const { store, env, sharing } = setup('', { saved: WORK });
    await sharing.ready;
    expect(principal(store)).toBe(WORK.principal);
    expect(store.getState().banners).toEqual([]);
    // No edit and no timer yet: copying the address shares what is on screen.
    expect(env.current).toBe(`#${encodePermalink(WORK)}`);
    expect(store.getState().currentLink).toBe(encodePermalink(WORK));
  });

  it('writes the link of the example scenario when there is neither link nor saved work', async () => {
    const { env, sharing } = setup('');
    await sharing.ready;
    expect(env.current).toBe(`#${encodePermalink(DEFAULT_SHARED_STATE)}`);
  });

  it('leaves the address alone when it is the link being shown', async () => {
    const { env, sharing } = setup('#example=mfa-guardrail');
    await sharing.ready;
    expect(env.replaced).toEqual([]);
  });

  it('keeps the saved work untouched and explains a broken link, and the address follows the screen', async () => {
    const { store, storage, env, sharing } = setup('#s=1.AAAAAAAA', { saved: WORK });
    await sharing.ready;
    expect(principal(store)).toBe(WORK.principal);
    expect(storage.load()).toMatchObject({ ok: true, state: { principal: WORK.principal } });
    expect(store.getState().banners[0]).toMatchObject({ kind: 'link-error' });
    expect(env.current).toBe(`#${encodePermalink(WORK)}`);
  });

  it.each([
    ['corrupt', '{"v":1,"savedAt":', /could not be read \(it is not JSON\)/],
    ['from a newer version', '{"v":2,"savedAt":1,"state":{}}', /written by a newer version.*\(format 2\)/],
  ])('keeps saved work that is %s in Recent work, says why, and never loses it', async (_what, text, why) => {
    const { store, storage, timers, sharing, values } = setup('', { savedText: text });
    await sharing.ready;
    const banner = store.getState().banners.find((b) => b.kind === 'saved-work');
    expect(banner?.message).toMatch(why);
    expect(store.getState().recentWork).toMatchObject([{ readable: false }]);
    store.getState().actions.setPrincipal(WORK.principal);
    timers.runAll();
    expect(storage.load()).toMatchObject({ ok: true, state: { principal: WORK.principal } });
    expect(recentPrincipals(createStorage(values))).toEqual([`unreadable: ${text}`]);
  });

  it('does not keep the same unreadable saved work twice over reloads', async () => {
    const values = createMemoryBackend();
    await setup('', { savedText: '{"v":2}', backend: values }).sharing.ready;
    await setup('', { backend: values }).sharing.ready;
    expect(createStorage(values).recent()).toHaveLength(1);
  });
});

describe('startSharing: replaced work goes to Recent work', () => {
  it('opens a link over different saved work; "Restore your previous work" brings it back and keeps the link’s state', async () => {
    const { store, storage, sharing } = setup(`#${encodePermalink(LINKED)}`, { saved: WORK });
    await sharing.ready;
    expect(principal(store)).toBe(LINKED.principal);
    expect(recentPrincipals(storage)).toEqual([WORK.principal]);
    expect(bannerKinds(store)).toEqual(['restore']);
    await sharing.restorePrevious();
    expect(principal(store)).toBe(WORK.principal);
    expect(recentPrincipals(storage)).toEqual([LINKED.principal]);
    expect(store.getState().recentWork.map((item) => item.summary)).toEqual([
      `${LINKED.principal} · AdministratorAccess, ec2-boundary`,
    ]);
  });

  it('keeps the original work when two links are opened in a row', async () => {
    const { store, storage, sharing } = setup(`#${encodePermalink(LINKED)}`, { saved: WORK });
    await sharing.ready;
    await sharing.navigate(`#${encodePermalink(OTHER)}`);
    expect(principal(store)).toBe(OTHER.principal);
    expect(recentPrincipals(storage)).toEqual([LINKED.principal, WORK.principal]);
  });

  it('keeps the replaced work after the banner is dismissed and the page reloaded', async () => {
    const values = createMemoryBackend();
    const first = setup(`#${encodePermalink(LINKED)}`, { saved: WORK, backend: values });
    await first.sharing.ready;
    first.store.getState().actions.setBanner('restore', null);
    first.sharing.stop();
    const second = setup('', { backend: values });
    await second.sharing.ready;
    expect(second.store.getState().recentWork).toMatchObject([
      { label: 'Replaced by a link', readable: true },
    ]);
    await second.sharing.restoreRecent(second.store.getState().recentWork[0]?.id ?? '');
    expect(principal(second.store)).toBe(WORK.principal);
  });

  it('restoring an entry keeps the current work in Recent work in its place', async () => {
    const { store, storage, sharing } = setup('', { saved: WORK });
    await sharing.ready;
    await sharing.navigate(`#${encodePermalink(LINKED)}`);
    const [entry] = storage.recent();
    await sharing.restoreRecent(entry?.id ?? '');
    expect(principal(store)).toBe(WORK.principal);
    expect(recentPrincipals(storage)).toEqual([LINKED.principal]);
  });

  it('keeps the work that "Reset to example" and an example replace, not the untouched example', async () => {
    const { store, storage, sharing } = setup('', { saved: WORK });
    await sharing.ready;
    await sharing.resetToExample();
    expect(principal(store)).toBe(DEFAULT_SHARED_STATE.principal);
    await sharing.navigate('#example=mfa-guardrail');
    expect(storage.recent().map((e) => [e.cause, e.readable && e.state.principal])).toEqual([
      ['reset', WORK.principal],
    ]);
  });

  it('keeps the work an import replaces, and nothing when the import was refused', async () => {
    const { store, storage, sharing } = setup('', { saved: WORK });
    await sharing.ready;
    expect(sharing.replaceWork('import', () => false)).toBe(false);
    expect(storage.recent()).toEqual([]);
    const opened = sharing.replaceWork('import', () => {
      store.getState().actions.setPrincipal(LINKED.principal);
      return true;
    });
    expect(opened).toBe(true);
    expect(storage.recent()).toMatchObject([{ cause: 'import', state: { principal: WORK.principal } }]);
    expect(store.getState().banners.find((b) => b.kind === 'restore')?.message).toMatch(/import replaced/);
  });

  it('says so when the entry to restore cannot be opened', async () => {
    const { store, storage, sharing } = setup('', { saved: WORK });
    await sharing.ready;
    const entry = storage.rememberText('not json', 'unreadable');
    await sharing.restoreRecent(entry.id);
    expect(principal(store)).toBe(WORK.principal);
    expect(store.getState().banners.find((b) => b.kind === 'saved-work')?.message).toMatch(
      /cannot be opened here: it could not be read/,
    );
    expect(sharing.recentText(entry.id)).toBe('not json');
    sharing.forgetRecent(entry.id);
    expect(store.getState().recentWork).toEqual([]);
  });
});

describe('startSharing: saving', () => {
  it('writes the address and the autosave after edits, and at once on pagehide', async () => {
    const { store, storage, env, timers, sharing } = setup('');
    await sharing.ready;
    env.replaced.length = 0;
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
    const { store, env, sharing } = setup('');
    await sharing.ready;
    env.current = '#example=mfa-guardrail';
    env.fire('hashchange');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(principal(store)).toBe('arn:aws:iam::111122223333:user/mateo');
    expect(store.getState().requests.length).toBeGreaterThan(1);
  });

  it('says why storage refused a save, keeps saving later, and then says nothing', async () => {
    const inner = createMemoryBackend();
    let full = false;
    const backend: StorageBackend = {
      ...inner,
      setItem: (key, value) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        inner.setItem(key, value);
      },
    };
    const { store, timers, sharing } = setup('', { backend });
    await sharing.ready;
    full = true;
    store.getState().actions.setPrincipal(WORK.principal);
    timers.runAll();
    expect(store.getState().banners.find((b) => b.kind === 'storage')?.message).toMatch(/it is full/);
    full = false;
    store.getState().actions.setPrincipal(LINKED.principal);
    timers.runAll();
    expect(bannerKinds(store)).not.toContain('storage');
    expect(createStorage(inner).load()).toMatchObject({ ok: true, state: { principal: LINKED.principal } });
  });

  it('never lets the app write a link it cannot reopen: edits past the caps are refused', async () => {
    const { store, sharing } = setup('');
    await sharing.ready;
    const { actions } = store.getState();
    actions.renamePolicy('identity-1', 'n'.repeat(4097));
    for (let i = 0; i < 120; i++) actions.addPolicy('identityPolicies');
    expect(store.getState().identityPolicies).toHaveLength(100);
    expect(store.getState().banners.find((b) => b.kind === 'limit')?.message).toMatch(
      /identityPolicies has 101 entries; at most 100 are allowed/,
    );
    const reopened = decodePermalink(sharing.currentLink());
    expect(reopened.ok && reopened.state).toEqual(sharing.currentState());
  });
});

describe('startSharing: another tab', () => {
  async function twoTabs() {
    const values = createMemoryBackend();
    const mine = setup('', { saved: WORK, backend: values });
    await mine.sharing.ready;
    // The other tab writes its own work into the same storage, which fires `storage` here.
    const theirs = createStorage(values);
    theirs.save(LINKED);
    const text = values.getItem(STORAGE_KEYS.autosave);
    mine.env.fireStorage(STORAGE_KEYS.autosave, text);
    return { ...mine, values };
  }

  it('says so, and saves nothing over their work until the person chooses', async () => {
    const { store, storage, timers } = await twoTabs();
    expect(bannerKinds(store)).toContain('other-tab');
    store.getState().actions.setPrincipal(OTHER.principal);
    timers.runAll();
    expect(storage.load()).toMatchObject({ ok: true, state: { principal: LINKED.principal } });
  });

  it('"Keep mine" saves this tab’s work and keeps theirs in Recent work', async () => {
    const { store, storage, sharing } = await twoTabs();
    sharing.keepMine();
    expect(bannerKinds(store)).not.toContain('other-tab');
    expect(storage.load()).toMatchObject({ ok: true, state: { principal: WORK.principal } });
    expect(recentPrincipals(storage)).toEqual([LINKED.principal]);
  });

  it('"Load theirs" opens their work and keeps this tab’s in Recent work', async () => {
    const { store, storage, sharing } = await twoTabs();
    await sharing.loadTheirs();
    expect(principal(store)).toBe(LINKED.principal);
    expect(bannerKinds(store)).not.toContain('other-tab');
    expect(recentPrincipals(storage)).toEqual([WORK.principal]);
  });

  it('keeps this tab’s work in Recent work when the page is left before choosing', async () => {
    const { env, storage } = await twoTabs();
    env.fire('pagehide');
    expect(recentPrincipals(storage)).toEqual([WORK.principal]);
    expect(storage.load()).toMatchObject({ ok: true, state: { principal: LINKED.principal } });
  });

  it('says nothing when the other tab saved the same work', async () => {
    const values = createMemoryBackend();
    const mine = setup('', { saved: WORK, backend: values });
    await mine.sharing.ready;
    createStorage(values).save(WORK);
    mine.env.fireStorage(STORAGE_KEYS.autosave, values.getItem(STORAGE_KEYS.autosave));
    expect(bannerKinds(mine.store)).toEqual([]);
  });

  it('follows Recent work changed by the other tab', async () => {
    const values = createMemoryBackend();
    const mine = setup('', { backend: values });
    await mine.sharing.ready;
    createStorage(values).remember(WORK, 'link');
    mine.env.fireStorage(STORAGE_KEYS.recent, values.getItem(STORAGE_KEYS.recent));
    expect(mine.store.getState().recentWork).toHaveLength(1);
  });
});

describe('startSharing: ?embed', () => {
  it('reports a broken link, and neither saves nor rewrites the address', async () => {
    const { store, storage, env, timers, sharing } = setup('#s=1.AAAAbroken', { saved: WORK, embed: true });
    await sharing.ready;
    expect(store.getState().banners.find((b) => b.kind === 'link-error')?.message).toMatch(/damaged/);
    expect(principal(store)).toBe(DEFAULT_SHARED_STATE.principal);
    timers.runAll();
    expect(env.replaced).toEqual([]);
    expect(storage.load()).toMatchObject({ ok: true, state: { principal: WORK.principal } });
  });
});
