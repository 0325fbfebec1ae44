import { describe, expect, it } from 'vitest';

import { DEFAULT_SHARED_STATE, LIMITS, type SharedState } from '../permalink';
import { createMemoryBackend, type StorageBackend } from './backend';
import { createStorage, STORAGE_FORMAT, STORAGE_KEYS } from './storage';

const EDITED: SharedState = {
  ...DEFAULT_SHARED_STATE,
  permissionsBoundary: { name: 'b', text: '<script>alert(1)</script>' },
  requests: [{ action: 's3:GetObject', resource: '*', context: { 'aws:TagKeys': ['a'] } }],
  filters: { service: 's3' },
};
const clock = (): number => 1_700_000_000_000;

/** A backend whose chosen methods throw, like Safari private mode or a full quota. */
function throwingBackend(...failing: (keyof StorageBackend)[]): StorageBackend {
  const inner = createMemoryBackend();
  const fail = (): never => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return {
    getItem: failing.includes('getItem') ? fail : inner.getItem,
    setItem: failing.includes('setItem') ? fail : inner.setItem,
    removeItem: failing.includes('removeItem') ? fail : inner.removeItem,
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

describe('createStorage: the backup slot', () => {
  it('keeps the replaced work apart from the autosave', () => {
    const storage = createStorage(createMemoryBackend(), { now: clock });
    storage.save(DEFAULT_SHARED_STATE);
    storage.saveBackup(EDITED);
    expect(storage.loadBackup()).toMatchObject({ ok: true, state: EDITED });
    expect(storage.load()).toMatchObject({ ok: true, state: DEFAULT_SHARED_STATE });
    storage.clearBackup();
    expect(storage.loadBackup()).toMatchObject({ ok: false, reason: 'empty' });
    expect(storage.load().ok).toBe(true);
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

  it('names the damaged field', () => {
    const backend = createMemoryBackend();
    backend.setItem(STORAGE_KEYS.backup, JSON.stringify({ v: 1, savedAt: 1, state: { t: 5 } }));
    const result = createStorage(backend).loadBackup();
    expect(result.ok ? '' : result.message).toBe(
      'The backup of replaced work is damaged (tab must be text) and was ignored.',
    );
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
  });

  it('defaults to memory outside a browser', () => {
    expect(createStorage().isPersistent()).toBe(false);
  });

  it('switches to memory when a save throws (quota exceeded, private mode)', () => {
    const storage = createStorage(throwingBackend('setItem'), { now: clock });
    expect(storage.isPersistent()).toBe(true);
    expect(storage.save(EDITED)).toEqual({ ok: true, persisted: false });
    expect(storage.isPersistent()).toBe(false);
    expect(storage.fallbackReason()).toMatch(/refused to save/);
    expect(storage.load()).toMatchObject({ ok: true, state: EDITED });
  });

  it('survives a backend whose every method throws', () => {
    const storage = createStorage(throwingBackend('getItem', 'setItem', 'removeItem'), { now: clock });
    expect(storage.load()).toMatchObject({ ok: false, reason: 'empty' });
    expect(() => storage.clear()).not.toThrow();
    expect(storage.saveBackup(EDITED)).toEqual({ ok: true, persisted: false });
    expect(storage.loadBackup()).toMatchObject({ ok: true, state: EDITED });
    expect(storage.fallbackReason()).toMatch(/could not be read/);
  });
});
