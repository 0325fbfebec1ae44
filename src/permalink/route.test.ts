import { describe, expect, it } from 'vitest';

import { parseHashRoute } from './route';

describe('parseHashRoute', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['#', { kind: 'empty' }],
    ['#s=1.q64FAA', { kind: 'state', encoded: 's=1.q64FAA' }],
    ['s=2.abc', { kind: 'state', encoded: 's=2.abc' }],
    ['#example=boundary-basics', { kind: 'example', id: 'boundary-basics' }],
    ['#example=scp-2', { kind: 'example', id: 'scp-2' }],
    ['#policy=e30&boundary=e30', { kind: 'legacy', encoded: 'policy=e30&boundary=e30' }],
    ['#boundary=e30', { kind: 'legacy', encoded: 'boundary=e30' }],
    ['#x=1&policy=e30', { kind: 'legacy', encoded: 'x=1&policy=e30' }],
  ])('%j → %j', (hash, expected) => {
    expect(parseHashRoute(hash)).toEqual(expected);
  });

  it.each([
    ['#example='],
    ['#example=Upper'],
    ['#example=../secret'],
    ['#example=a b'],
    ['#example=<script>'],
    [`#example=${'a'.repeat(65)}`],
    ['#section-2'],
    ['#policyx=e30'],
  ])('%j is unknown', (hash) => {
    expect(parseHashRoute(hash).kind).toBe('unknown');
  });

  it('accepts the longest example id', () => {
    expect(parseHashRoute(`#example=${'a'.repeat(64)}`)).toEqual({ kind: 'example', id: 'a'.repeat(64) });
  });
});
