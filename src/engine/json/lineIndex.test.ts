import { describe, expect, it } from 'vitest';
import { createLineIndex } from './lineIndex';

/** Reference implementation: walk the text character by character. */
function naive(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      column = 1;
    } else if (c !== '\r') column++;
    else column++; // the \r of \r\n stays on its line
  }
  return { line, column };
}

describe('createLineIndex', () => {
  it.each([
    ['LF', 'ab\ncd\n\nef'],
    ['CRLF', 'ab\r\ncd\r\n\r\nef'],
    ['lone CR', 'ab\rcd\r\ref'],
    ['mixed', 'a\r\nb\nc\rd'],
    ['no line break', 'abcdef'],
    ['empty', ''],
  ])('agrees with a character walk for %s', (_, text) => {
    const index = createLineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      expect(index.positionAt(offset), `offset ${offset}`).toEqual({ ...naive(text, offset), offset });
    }
  });

  it('clamps offsets outside the text', () => {
    const index = createLineIndex('ab\ncd');
    expect(index.positionAt(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.positionAt(99)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(index.positionAt(Number.NaN)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('counts columns in UTF-16 code units', () => {
    expect(createLineIndex('😀x').positionAt(2)).toEqual({ line: 1, column: 3, offset: 2 });
  });

  it('builds ranges and never lets the end precede the start', () => {
    const index = createLineIndex('ab\ncd');
    expect(index.rangeAt(1, 4)).toEqual({
      start: { line: 1, column: 2, offset: 1 },
      end: { line: 2, column: 2, offset: 4 },
    });
    expect(index.rangeAt(3, 1).end).toEqual(index.positionAt(3));
  });
});
