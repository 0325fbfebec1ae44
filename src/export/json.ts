/** JSON helpers for export: lossless checks and compact forms of policy texts. */

const SPACE = /[ \t\r\n]/;

/** `text` without whitespace outside strings. Safe on invalid JSON: only whitespace goes. */
export function minifyJsonText(text: string): string {
  let out = '';
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (SPACE.test(c)) {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return out + text.slice(start);
}

/**
 * The object `text` holds, when turning it into an object loses nothing: no duplicate keys, no
 * number or escape spelt differently, no comments. Otherwise null, and callers keep the text.
 */
export function losslessObject(text: string): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return JSON.stringify(value) === minifyJsonText(text) ? (value as Record<string, unknown>) : null;
}

/** The text of a policy document for a command line: minified when it is valid JSON. */
export function compactPolicyText(text: string): string {
  try {
    JSON.parse(text);
    return minifyJsonText(text);
  } catch {
    return text;
  }
}
