/**
 * Control characters made visible, for every place that shows user text to a person: a
 * terminal, a Markdown hover, a marker message. Shown raw, they can move a terminal's cursor,
 * clear the screen, reorder the text around them or end a Markdown code span.
 */

// C0 controls; then DEL and C1 controls, the Unicode line and paragraph separators, and the
// bidirectional formatting characters, which reorder how the text around them is displayed.
const C0 = '\\u0000-\\u001f';
const OTHERS = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069';
const CONTROLS = new RegExp(`[${C0}${OTHERS}]`, 'g');
const OTHER_CONTROLS = new RegExp(`[${OTHERS}]`, 'g');

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex(char: string, digits: number): string {
  return char.charCodeAt(0).toString(16).padStart(digits, '0');
}

function escapeOne(char: string): string {
  return NAMED[char] ?? (char.charCodeAt(0) <= 0xff ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`);
}

/**
 * `text` with every control character written as an escape (`\n`, `\t`, `\x1b`, `\u202e`), so it
 * shows on one line exactly as it is and can change nothing around it. Other characters,
 * backslashes included, are kept as they are.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escapeOne);
}

/**
 * JSON text from `JSON.stringify` (which escapes C0 controls itself, but not DEL, C1 controls or
 * the bidirectional characters) with those written as `\u` escapes too: the same JSON value,
 * safe to print to a terminal.
 */
export function escapeControlsInJson(json: string): string {
  return json.replace(OTHER_CONTROLS, (char) => `\\u${hex(char, 4)}`);
}
