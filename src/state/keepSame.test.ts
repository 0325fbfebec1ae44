import { describe, expect, it } from 'vitest';

import { keepSame, keepSameEntries, sameData } from './keepSame';

describe(sameData, () => {
  it('compares primitives, arrays, plain objects and typed arrays by content', () => {
    expect(sameData({ a: [1, 'x', { b: null }] }, { a: [1, 'x', { b: null }] })).toBe(true);
    expect(sameData(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(sameData(NaN, NaN)).toBe(true);
  });

  it('tells apart any difference of value, length, key or kind', () => {
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameData({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameData({ a: undefined }, {})).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(sameData(new Uint8Array([1]), new Uint32Array([1]))).toBe(false);
    expect(sameData(new Uint8Array([1]), [1])).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});

describe(keepSame, () => {
  it('keeps the previous object only when the new one holds the same data', () => {
    const before = { column: new Uint8Array([0, 1]), counts: { gained: 1 } };
    expect(keepSame(before, { column: new Uint8Array([0, 1]), counts: { gained: 1 } })).toBe(before);
    const changed = { column: new Uint8Array([1, 0]), counts: { gained: 1 } };
    expect(keepSame(before, changed)).toBe(changed);
    expect(keepSame(null, changed)).toBe(changed);
    expect(keepSame<typeof before | null>(before, null)).toBeNull();
  });
});

describe(keepSameEntries, () => {
  it('keeps each unchanged entry, and the whole record when every entry is unchanged', () => {
    const before = { a: [{ line: 1 }], b: [] as { line: number }[] };
    expect(keepSameEntries(before, { a: [{ line: 1 }], b: [] })).toBe(before);
    const next = keepSameEntries(before, { a: [{ line: 2 }], b: [] });
    expect(next).not.toBe(before);
    expect(next['a']).toEqual([{ line: 2 }]);
    expect(next['b']).toBe(before.b);
  });

  it('drops entries that are gone and takes new ones', () => {
    const before = { a: [1], b: [2] };
    const next = keepSameEntries(before, { a: [1] });
    expect(next).toEqual({ a: [1] });
    expect(next['a']).toBe(before.a);
    const added = keepSameEntries(before, { a: [1], b: [2], c: [3] });
    expect(added).not.toBe(before);
    expect(added['c']).toEqual([3]);
  });
});
