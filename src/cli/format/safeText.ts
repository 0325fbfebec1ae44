/**
 * Text from policies, scenarios and file names, made safe to print to a terminal: control
 * characters (C0, DEL, C1) and bidirectional controls are shown as `\uXXXX` instead of being
 * passed on, so a policy cannot move the cursor, change colours or reorder what is shown.
 * Every text line of `diff`, `check-*` and `test`, and every problem line, goes through here.
 */

function unsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x61c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** `text` with every unsafe character written as a visible `\uXXXX` escape. */
export function safeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += unsafe(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return out;
}
