/**
 * Offset → line/column conversion for policy text. Line starts are computed once; each lookup
 * is a binary search, so diagnostics on a 5 MB document stay cheap.
 */
import type { SourcePosition, SourceRange } from '../types';

/** Converts 0-based UTF-16 offsets of one text into editor positions. */
export interface LineIndex {
  /** Length of the indexed text; offsets are clamped to `[0, length]`. */
  readonly length: number;
  /** The 1-based line/column of `offset`. */
  positionAt(offset: number): SourcePosition;
  /** The range from `start` to `end` (exclusive); `end` is raised to `start` if smaller. */
  rangeAt(start: number, end: number): SourceRange;
}

const LF = 10;
const CR = 13;

/**
 * Indexes the line starts of `text`. `\n`, `\r\n` and a lone `\r` each end a line, as in
 * Monaco, so positions agree with what the editor shows.
 */
export function createLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  if (!text.includes('\r')) {
    // Common case: native search instead of a character loop.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  } else {
    indexMixedLineEnds(text, starts);
  }
  const length = text.length;

  const positionAt = (offset: number): SourcePosition => {
    const at = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), length) : 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] as number) + 1, offset: at };
  };

  return {
    length,
    positionAt,
    rangeAt: (start, end) => {
      const from = positionAt(start);
      return { start: from, end: end > from.offset ? positionAt(end) : from };
    },
  };
}

function indexMixedLineEnds(text: string, starts: number[]): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) starts.push(i + 1);
    else if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      starts.push(i + 1);
    }
  }
}
