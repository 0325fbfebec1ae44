/** Fast skipping over JSON string literals with native `indexOf`. */

const BACKSLASH = 92;

/**
 * Index of the `"` that closes the string literal opened at `open`, or `text.length` when the
 * string is unterminated. Escaped quotes (an odd run of backslashes before them) are skipped.
 */
export function stringEnd(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let slashes = 0;
    for (let i = quote - 1; i > open && text.charCodeAt(i) === BACKSLASH; i--) slashes++;
    if (slashes % 2 === 0) return quote;
    from = quote + 1;
  }
}
