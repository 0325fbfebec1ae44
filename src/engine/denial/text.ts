/**
 * Small string helpers for reading pasted text. Everything here scans with `indexOf` and plain
 * loops: the text is user input, so no pattern that could backtrack is run over it.
 */

/** Lower-cases ASCII letters only, so every index into the result is an index into `text`. */
export function asciiLower(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
  }
  return out;
}

/**
 * One line from text copied out of a terminal: each line trimmed, empty lines dropped, the
 * rest joined with one space (terminals wrap long messages; SDKs add tab-indented lines).
 */
export function joinLines(text: string): string {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    const line = text.slice(start, i).trim();
    if (line.length > 0) lines.push(line);
    start = i + 1;
  }
  return lines.join(' ');
}

/** `text` cut to `max` characters with an ellipsis, for quoting pasted text in a note. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The first whitespace-free token of `text` (which starts at a non-space). */
export function firstToken(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

/** `text` without one trailing character of `chars`. */
export function withoutTrailing(text: string, chars: string): string {
  return text.length > 0 && chars.includes(text[text.length - 1] as string) ? text.slice(0, -1) : text;
}
