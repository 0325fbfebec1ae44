/**
 * Control characters made visible, for every place that shows user text to a person: a
 * terminal, a Markdown hover, a marker message. Shown raw, they can move a terminal's cursor,
 * clear the screen, reorder the text around them or end a Markdown code span.
 */

// C0 controls, DEL and C1 controls; the Unicode line and paragraph separators; and the
// bidirectional formatting characters, which reorder how the text around them is displayed.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character written as an escape (`\n`, `\t`, `\x1b`, `\u202e`), so it
 * shows on one line exactly as it is and can change nothing around it. Other characters,
 * backslashes included, are kept as they are.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escapeOne);
}
