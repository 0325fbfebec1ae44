/** The range of a condition key's string token, from the range of its `"key": value` member. */
import type { SourceRange } from '../types';

/**
 * The range of the quoted key that opens the member at `member`. Falls back to the member's
 * range if the text there is not a string (a caller passing other text than was parsed).
 */
export function keyTokenRange(text: string, member: SourceRange): SourceRange {
  const start = member.start;
  if (text.charCodeAt(start.offset) !== 0x22) return member;
  let i = start.offset + 1;
  const limit = Math.min(text.length, member.end.offset);
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (code === 0x5c) i += 2;
    else if (code === 0x22) break;
    // A raw line break ends a JSON string; such a key is reported by the JSON parser.
    else if (code === 0x0a || code === 0x0d) return member;
    else i++;
  }
  if (i >= limit) return member;
  const end = i + 1;
  // Strings hold no line breaks, so the end is on the start's line.
  return { start, end: { line: start.line, column: start.column + (end - start.offset), offset: end } };
}
