import { describe, expect, it } from 'vitest';

import { DEFAULT_SHARED_STATE, LIMITS, type SharedState } from '../permalink';
import { createMemoryBackend, type StorageBackend } from './backend';
import { envelopeText, STORAGE_FORMAT } from './envelope';
import { RECENT_LIMIT } from './recent';
import { createStorage, STORAGE_KEYS } from './storage';

const EDITED: SharedState = {
  ...DEFAULT_SHARED_STATE,
  permissionsBoundary: { name: 'b', text: '<script>alert(1)</script>' },
  requests: [{ action: 's3:GetObject', resource: '*', context: { 'aws:TagKeys': ['a'] } }],
  filters: { service: 's3' },
};
const clock = (): number => 1_700_000_000_000;

const quotaExceeded = (): never => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

/** A memory backend whose writes throw QuotaExceededError while `full` is true. */
function fillableBackend(): StorageBackend & { full: boolean; values: StorageBackend } {
  const values = createMemoryBackend();
  const backend = {
    full: false,
    values,
    getItem: (key: string) => values.getItem(key),
    setItem: (key: string, value: string) => (backend.full ? quotaExceeded() : values.setItem(key, value)),
    removeItem: (key: string) => values.removeItem(key),
  };
  return backend;
}

const work = (name: string): SharedState => ({
  ...DEFAULT_SHARED_STATE,
  principal: `arn:aws:iam::111122223333:user/${name}`,
});

/** A backend whose chosen methods throw, like Safari private mode or a full quota. */
function throwingBackend(...failing: (keyof StorageBackend)[]): StorageBackend {
  const inner = createMemoryBackend();
  return {
    getItem: failing.includes('getItem') ? quotaExceeded : inner.getItem,
    setItem: failing.includes('setItem') ? quotaExceeded : inner.setItem,
    removeItem: failing.includes('removeItem') ? quotaExceeded : inner.removeItem,
  };
}

describe('createStorage: save and load', () => {
  it('restores what was saved, with the save time', () => {
    const storage = createStorage(createMemoryBackend(), { now: clock });
    expect(storage.save(EDITED)).toEqual({ ok: true, persisted: true });
    expect(storage.load()).toStrictEqual({ ok: true, state: EDITED, savedAt: clock() });
  });

  it('reports an empty store as empty', () => {
    expect(createStorage(createMemoryBackend()).load()).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('writes a versioned envelope with every field, independent of the defaults', () => {
    const backend = createMemoryBackend();
    createStorage(backend, { now: clock }).save(DEFAULT_SHARED_STATE);
    const stored = JSON.parse(backend.getItem(STORAGE_KEYS.autosave) ?? 'null') as Record<string, unknown>;
    expect(stored).toMatchObject({ v: STORAGE_FORMAT, savedAt: clock() });
    expect(Object.keys(stored.state as object)).toEqual([
      'p',
      'si',
      'o',
      'i',
      'b',
      'sp',
      'r',
      'v',
      'scp',
      'rcp',
      'q',
      't',
      'a',
      'f',
    ]);
  });

  it('clears the saved work', () => {
    const storage = createStorage(createMemoryBackend());
    storage.save(EDITED);
    storage.clear();
    expect(storage.load()).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses to save a state over the caps, and keeps the previous save', () => {
    const storage = createStorage(createMemoryBackend(), { now: clock });
    storage.save(EDITED);
    const requests = Array.from({ length: LIMITS.requests + 1 }, () => ({
      action: 'x',
      resource: '*',
      context: {},
    }));
    const result = storage.save({ ...EDITED, requests });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(storage.load()).toMatchObject({ ok: true, state: EDITED });
  });
});

describe('createStorage: Recent work', () => {
  it('keeps replaced work apart from the autosave, newest first', () => {
    const storage = createStorage(createMemoryBackend(), { now: clock });
    storage.save(DEFAULT_SHARED_STATE);
    storage.remember(work('first'), 'link');
    storage.remember(work('second'), 'example');
    expect(storage.recent().map((e) => [e.readable && e.state.principal, e.cause, e.savedAt])).toEqual([
      [work('second').principal, 'example', clock()],
      [work('first').principal, 'link', clock()],
    ]);
    expect(storage.load()).toMatchObject({ ok: true, state: DEFAULT_SHARED_STATE });
  });

  it('lasts across pages (a reload), unlike the banner that offered it', () => {
    const backend = createMemoryBackend();
    createStorage(backend).remember(work('kept'), 'link');
    expect(createStorage(backend).recent()).toMatchObject([{ readable: true, state: work('kept') }]);
  });

  it('holds the same work once, at the time it was last replaced', () => {
    let now = 1;
    const storage = createStorage(createMemoryBackend(), { now: () => now });
    storage.remember(work('a'), 'link');
    storage.remember(work('b'), 'link');
    now = 2;
    storage.remember(work('a'), 'restore');
    expect(storage.recent().map((e) => [e.readable && e.state.principal, e.cause, e.savedAt])).toEqual([
      [work('a').principal, 'restore', 2],
      [work('b').principal, 'link', 1],
    ]);
  });

  it(`keeps the last ${RECENT_LIMIT} readable entries, and every unreadable one`, () => {
    const storage = createStorage(createMemoryBackend(), { now: clock });
    storage.rememberText('{"v":99}', 'unreadable');
    for (let i = 0; i < RECENT_LIMIT + 3; i++) storage.remember(work(`w${i}`), 'link');
    const entries = storage.recent();
    expect(entries.filter((e) => e.readable)).toHaveLength(RECENT_LIMIT);
    expect(entries[0]).toMatchObject({ readable: true, state: work(`w${RECENT_LIMIT + 2}`) });
    expect(entries.at(-1)).toMatchObject({ readable: false, text: '{"v":99}' });
  });

  it('keeps stored text it cannot read as it is, marked unreadable with the reason', () => {
    const storage = createStorage(createMemoryBackend(), { now: clock });
    const future = JSON.stringify({ v: STORAGE_FORMAT + 1, savedAt: 1, state: { x: 1 } });
    storage.rememberText(future, 'unreadable');
    expect(storage.recent()).toEqual([
      expect.objectContaining({
        readable: false,
        cause: 'unreadable',
        text: future,
        problem: `was written by a newer version of the playground (format ${STORAGE_FORMAT + 1})`,
      }),
    ]);
  });

  it('opens an entry of its own format that an older list kept as text', () => {
    const storage = createStorage(createMemoryBackend(), { now: clock });
    storage.rememberText(envelopeText(EDITED, 5), 'unreadable');
    expect(storage.recent()).toMatchObject([{ readable: true, state: EDITED }]);
  });

  it('forgets an entry', () => {
    const storage = createStorage(createMemoryBackend(), { now: clock });
    const kept = storage.remember(work('a'), 'link');
    storage.remember(work('b'), 'link');
    storage.forget(kept?.id ?? '');
    expect(storage.recent().map((e) => e.readable && e.state.principal)).toEqual([work('b').principal]);
  });

  it('never drops a list it cannot read: the whole text becomes one unreadable entry', () => {
    const backend = createMemoryBackend();
    backend.setItem(STORAGE_KEYS.recent, '{"v":7,"entries":"from the future"}');
    const storage = createStorage(backend, { now: clock });
    storage.remember(work('new'), 'link');
    expect(storage.recent().map((e) => (e.readable ? e.state.principal : e.text))).toEqual([
      work('new').principal,
      '{"v":7,"entries":"from the future"}',
    ]);
  });

  it('keeps a malformed entry of the list as an unreadable one', () => {
    const backend = createMemoryBackend();
    backend.setItem(
      STORAGE_KEYS.recent,
      JSON.stringify({ v: 1, entries: [{ id: 'x', savedAt: 'yesterday', cause: 'link', text: 'abc' }] }),
    );
    expect(createStorage(backend, { now: clock }).recent()).toEqual([
      expect.objectContaining({
        readable: false,
        text: '{"id":"x","savedAt":"yesterday","cause":"link","text":"abc"}',
      }),
    ]);
  });

  it('moves the backup slot of earlier versions into Recent work', () => {
    const backend = createMemoryBackend();
    backend.setItem(STORAGE_KEYS.legacyBackup, envelopeText(EDITED, 42));
    const storage = createStorage(backend, { now: clock });
    expect(storage.recent()).toMatchObject([{ readable: true, state: EDITED, savedAt: 42, cause: 'link' }]);
    expect(backend.getItem(STORAGE_KEYS.legacyBackup)).toBeNull();
  });
});

describe('createStorage: unusable stored data is ignored with a reason', () => {
  const envelope = (value: unknown): string => JSON.stringify(value);
  it.each([
    ['not JSON', '{"v":1,', 'corrupt'],
    ['not an object', '[1,2]', 'corrupt'],
    ['no version', envelope({ savedAt: 1, state: {} }), 'corrupt'],
    ['version 0', envelope({ v: 0, savedAt: 1, state: {} }), 'corrupt'],
    ['a fractional version', envelope({ v: 1.5, savedAt: 1, state: {} }), 'corrupt'],
    ['no save time', envelope({ v: 1, state: {} }), 'corrupt'],
    ['a newer version', envelope({ v: 2, savedAt: 1, state: {} }), 'future-version'],
    ['a wrong field type', envelope({ v: 1, savedAt: 1, state: { q: [{ a: 1, r: '*' }] } }), 'invalid'],
    ['a missing state', envelope({ v: 1, savedAt: 1 }), 'invalid'],
  ])('%s → %s', (_name, text, reason) => {
    const backend = createMemoryBackend();
    backend.setItem(STORAGE_KEYS.autosave, text);
    const result = createStorage(backend).load();
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? '' : result.message).toMatch(/ignored\.$/);
  });

  it('names the damaged field, and hands back the stored text', () => {
    const backend = createMemoryBackend();
    const text = JSON.stringify({ v: 1, savedAt: 1, state: { t: 5 } });
    backend.setItem(STORAGE_KEYS.autosave, text);
    expect(createStorage(backend).load()).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'The saved work is damaged (tab must be text) and was ignored.',
      detail: 'is damaged (tab must be text)',
      raw: text,
    });
  });

  it('does not let __proto__ in stored data pollute anything', () => {
    const backend = createMemoryBackend();
    backend.setItem(
      STORAGE_KEYS.autosave,
      '{"v":1,"savedAt":1,"__proto__":{"x":1},"state":{"__proto__":{"p":"bad"}}}',
    );
    expect(createStorage(backend).load()).toStrictEqual({
      ok: true,
      state: DEFAULT_SHARED_STATE,
      savedAt: 1,
    });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('createStorage: fallback to memory', () => {
  it('uses memory when no backend is available', () => {
    const storage = createStorage(null, { now: clock });
    expect(storage.isPersistent()).toBe(false);
    expect(storage.fallbackReason()).toMatch(/not available/);
    expect(storage.save(EDITED)).toEqual({ ok: true, persisted: false });
    expect(storage.load()).toMatchObject({ ok: true, state: EDITED });
    storage.remember(work('a'), 'link');
    expect(storage.recent()).toMatchObject([{ state: work('a') }]);
  });

  it('defaults to memory outside a browser', () => {
    expect(createStorage().isPersistent()).toBe(false);
  });

  it('after a refused save, tries the browser again at the next save, and says why meanwhile', () => {
    const backend = fillableBackend();
    const storage = createStorage(backend, { now: clock });
    backend.full = true;
    expect(storage.save(EDITED)).toEqual({ ok: true, persisted: false });
    expect(storage.isPersistent()).toBe(false);
    expect(storage.fallbackReason()).toMatch(/refused to save \(it is full\)/);
    expect(storage.load()).toMatchObject({ ok: true, state: EDITED });
    backend.full = false;
    expect(storage.save(work('later'))).toEqual({ ok: true, persisted: true });
    expect(storage.isPersistent()).toBe(true);
    expect(storage.fallbackReason()).toBeNull();
    expect(createStorage(backend.values).load()).toMatchObject({ ok: true, state: work('later') });
  });

  it('keeps reading what is stored after a refused write', () => {
    const backend = fillableBackend();
    const storage = createStorage(backend, { now: clock });
    storage.remember(work('kept'), 'link');
    backend.full = true;
    storage.save(EDITED);
    expect(storage.recent()).toMatchObject([{ readable: true, state: work('kept') }]);
  });

  it('stores refused Recent work before the next autosave, once the browser accepts again', () => {
    const backend = fillableBackend();
    const storage = createStorage(backend, { now: clock });
    backend.full = true;
    storage.rememberText('{"v":9}', 'unreadable');
    backend.full = false;
    expect(storage.save(EDITED)).toEqual({ ok: true, persisted: true });
    expect(createStorage(backend.values).recent()).toMatchObject([{ readable: false, text: '{"v":9}' }]);
  });

  it('holds the autosave in memory while Recent work cannot be stored', () => {
    const backend = fillableBackend();
    backend.values.setItem(STORAGE_KEYS.autosave, '{"v":9}');
    const storage = createStorage(backend, { now: clock });
    backend.full = true;
    storage.rememberText('{"v":9}', 'unreadable');
    let writes = 0;
    const counting = backend.setItem;
    backend.setItem = (key, value) => {
      writes += 1;
      counting(key, value);
    };
    storage.save(EDITED);
    expect(writes).toBe(1); // Recent work was tried again, the autosave was not touched
    expect(backend.values.getItem(STORAGE_KEYS.autosave)).toBe('{"v":9}');
    expect(storage.load()).toMatchObject({ ok: true, state: EDITED });
  });

  it('survives a backend whose every method throws', () => {
    const storage = createStorage(throwingBackend('getItem', 'setItem', 'removeItem'), { now: clock });
    expect(storage.load()).toMatchObject({ ok: false, reason: 'empty' });
    expect(() => storage.clear()).not.toThrow();
    expect(storage.remember(EDITED, 'link')).toMatchObject({ readable: true, state: EDITED });
    expect(storage.recent()).toMatchObject([{ readable: true, state: EDITED }]);
    expect(storage.fallbackReason()).toMatch(/refused to save \(it is full\)/);
  });
});
