import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { editDistance as boundedDistance } from '../engine';

/** Plain, unbounded optimal-string-alignment distance, as a reference. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

describe('boundedDistance', () => {
  it.each([
    ['getobject', 'getobject', 0],
    ['getobjct', 'getobject', 1],
    ['getobejct', 'getobject', 1],
    ['describeinstance', 'describeinstances', 1],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
  ])('%j vs %j = %d', (a, b, expected) => {
    expect(boundedDistance(a, b, 5)).toBe(expected);
  });

  it('stops at max + 1', () => {
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(boundedDistance('a', 'abcdefgh', 3)).toBe(4);
  });

  it('property: agrees with the reference within the bound, and grows its buffers', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 90 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        expect(boundedDistance(a, b, max)).toBe(Math.min(referenceDistance(a, b), max + 1));
      }),
    );
  });
});
