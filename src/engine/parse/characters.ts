/** The character set IAM accepts in policy documents (docs/iam-semantics.md §6, "IAM name requirements"). */
import { formatCount } from './size';
import { report, type ParseContext } from './context';

/** Individual `invalid-character` diagnostics before the rest are summarised in one. */
export const MAX_CHARACTER_DIAGNOSTICS = 10;

const INVALID = /[^\t\n\r\u0020-\u00ff]/;

/** True for TAB, LF, CR and U+0020–U+00FF. */
export function isAllowedCharCode(c: number): boolean {
  return (c >= 0x20 && c <= 0xff) || c === 9 || c === 10 || c === 13;
}

/** True when `text` holds any character outside the allowed set (one native regex scan). */
export function containsInvalidCharacter(text: string): boolean {
  return INVALID.test(text);
}

/** True when `text[start, end)` holds a character outside the allowed set. */
export function hasInvalidCharacter(text: string, start: number, end: number): boolean {
  const stop = Math.min(end, text.length);
  for (let i = Math.max(start, 0); i < stop; i++) if (!isAllowedCharCode(text.charCodeAt(i))) return true;
  return false;
}

function describe(text: string, at: number, length: number): string {
  const cp = text.codePointAt(at) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  // Control and format characters are invisible; show only their code point.
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? hex : `"${text.slice(at, at + length)}" (${hex})`;
}

/**
 * Reports characters outside the allowed set. Documented choice: applied to every policy type
 * (AWS states it for IAM; Organizations and most services accept the same set). A surrogate
 * pair is one character and one diagnostic.
 */
export function checkCharacters(ctx: ParseContext): void {
  const { text } = ctx;
  if (!containsInvalidCharacter(text)) return;
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAllowedCharCode(c)) continue;
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const length = pair ? 2 : 1;
    found++;
    if (found <= MAX_CHARACTER_DIAGNOSTICS) {
      report(
        ctx,
        'invalid-character',
        { offset: i, length },
        `The character ${describe(text, i, length)} is not allowed in a policy: use tab, line feed, carriage return and U+0020–U+00FF only.`,
      );
    } else if (found === MAX_CHARACTER_DIAGNOSTICS + 1) {
      const rest = countInvalid(text, i);
      report(
        ctx,
        'invalid-character',
        { offset: i, length },
        `The character ${describe(text, i, length)} and ${formatCount(rest - 1)} more after it are not allowed in a policy.`,
      );
      return;
    }
    i += length - 1;
  }
}

function countInvalid(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAllowedCharCode(c)) continue;
    n++;
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}
