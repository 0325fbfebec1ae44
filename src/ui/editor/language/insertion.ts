/**
 * How a completion fits the token being typed: inside a string only its content is replaced;
 * outside one the item brings its own quotes; a key without its `:` yet gets the whole
 * `"Key": value` snippet. All texts here are snippet text.
 */
import type { CursorToken } from './jsonContext';
import type { OffsetRange } from './types';

/** The text and range of an item, as the token being completed requires. */
export interface Insertion {
  readonly insertText: string;
  readonly range: OffsetRange;
  readonly filterText?: string;
}

/** A value: `body` is snippet text for the string's content. */
export function valueInsertion(token: CursorToken, body: string): Insertion {
  if (token.quoted) return { insertText: body, range: token.range };
  return { insertText: `"${body}"${separator(token)}`, range: token.range };
}

/** A new value or property written in front of another one needs a comma between them. */
function separator(token: CursorToken): string {
  return token.stringFollows ? ',' : '';
}

/**
 * A property key. `name` is snippet text for the key; `value` is snippet text for the value,
 * used only when the key has no `:` after it yet. `label` is what the list shows.
 */
export function keyInsertion(token: CursorToken, label: string, name: string, value: string): Insertion {
  if (token.colonFollows) return valueInsertion(token, name);
  const whole = `"${name}": ${value}${separator(token)}`;
  // Replacing the quotes too: the typed text then starts with `"`, so the filter text must as well.
  return token.quoted
    ? { insertText: whole, range: token.outer, filterText: `"${label}"` }
    : { insertText: whole, range: token.range };
}

/** A sort key: group first, then position within the group. */
export function sortKey(group: number, index: number): string {
  return `${group}${index.toString().padStart(5, '0')}`;
}
