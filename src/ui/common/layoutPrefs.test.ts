import { describe, expect, it, vi } from 'vitest';

import { createMemoryBackend, type StorageBackend } from '../../persistence';
import { createLayoutPrefs, LAYOUT_STORAGE_KEY, parseLayoutPrefs } from './layoutPrefs';

describe('parseLayoutPrefs', () => {
  it('reads finite numbers of the current format', () => {
    const values = parseLayoutPrefs(
      JSON.stringify({ v: 1, values: { 'split.main': 0.5, 'col.action': 300 } }),
    );
    expect([...values]).toEqual([
      ['split.main', 0.5],
      ['col.action', 300],
    ]);
  });

  it('drops values that are not finite numbers', () => {
    const text = '{"v":1,"values":{"a":"0.5","b":null,"c":[1],"d":1e999,"e":0.25}}';
    expect([...parseLayoutPrefs(text)]).toEqual([['e', 0.25]]);
  });

  it('ignores corrupt text, other versions and other shapes', () => {
    for (const text of [null, '', '{', '[]', 'null', '{"v":2,"values":{"a":1}}', '{"v":1,"values":3}']) {
      expect(parseLayoutPrefs(text).size, String(text)).toBe(0);
    }
  });

  it('does not let __proto__ in the data reach the values object', () => {
    const values = parseLayoutPrefs('{"v":1,"values":{"__proto__":{"x":1},"a":2}}');
    expect([...values]).toEqual([['a', 2]]);
  });
});

describe('createLayoutPrefs', () => {
  it('remembers values across instances over the same storage', () => {
    const backend = createMemoryBackend();
    createLayoutPrefs(backend).set('split.main', 0.6);
    expect(createLayoutPrefs(backend).get('split.main')).toBe(0.6);
    expect(JSON.parse(backend.getItem(LAYOUT_STORAGE_KEY) ?? '')).toEqual({
      v: 1,
      values: { 'split.main': 0.6 },
    });
  });

  it('notifies subscribers of changes, once per actual change', () => {
    const prefs = createLayoutPrefs(createMemoryBackend());
    const listener = vi.fn();
    const unsubscribe = prefs.subscribe(listener);
    prefs.set('a', 1);
    prefs.set('a', 1);
    prefs.set('a', Number.NaN);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    prefs.set('a', 2);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(prefs.get('a')).toBe(2);
  });

  it('keeps values in memory without storage', () => {
    const prefs = createLayoutPrefs(null);
    prefs.set('a', 3);
    expect(prefs.get('a')).toBe(3);
  });

  it('keeps values in memory when storage refuses reads or writes', () => {
    const refusing: StorageBackend = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const prefs = createLayoutPrefs(refusing);
    prefs.set('a', 4);
    expect(prefs.get('a')).toBe(4);

    const full = { ...createMemoryBackend(), setItem: vi.fn(refusing.setItem) };
    const other = createLayoutPrefs(full);
    other.set('a', 5);
    other.set('b', 6);
    expect([other.get('a'), other.get('b')]).toEqual([5, 6]);
    // After the first refusal it stops trying.
    expect(full.setItem).toHaveBeenCalledTimes(1);
  });
});
