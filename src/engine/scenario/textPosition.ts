/** Offset → line/column conversion for scenario text (1-based lines and columns, as editors show). */

import type { SourcePosition, SourceRange } from '../types';

/** Converts offsets of one text into positions; line starts are computed once. */
export class TextPositions {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // CRLF counts as one line break; a lone CR too (as jsonc-parser and Monaco do).
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  /** The position of `offset` (clamped to the text). */
  position(offset: number): SourcePosition {
    const target = Math.max(0, offset);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= target) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: target - (this.lineStarts[low] ?? 0) + 1, offset: target };
  }

  /** The range from `offset` covering `length` code units. */
  range(offset: number, length: number): SourceRange {
    return { start: this.position(offset), end: this.position(offset + Math.max(0, length)) };
  }
}

const ORIGIN: SourcePosition = { line: 1, column: 1, offset: 0 };

/** The empty range at the start of a text: used when a scenario was given as an object. */
export const ZERO_RANGE: SourceRange = { start: ORIGIN, end: ORIGIN };
