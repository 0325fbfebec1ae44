/**
 * The text edit of a "did you mean" quick fix, kept valid JSON: a range covering a whole quoted
 * string gets a quoted replacement, a range inside a string gets escaped content.
 */
import { findNodeAtOffset, parseTree } from 'jsonc-parser';

import { escapeControls } from '../../../engine';
import type { OffsetRange, PolicyTextEdit } from './types';

/**
 * The value a diagnostic suggests. The parser's suggestions are JSON string literals
 * (`"Effect"`) while a bare name (`s3:GetObject`) is also accepted; both give the raw value.
 */
export function suggestionValue(suggestion: string): string {
  if (suggestion.length >= 2 && suggestion.startsWith('"') && suggestion.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(suggestion);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not a JSON literal after all: use it as written.
    }
  }
  return suggestion;
}

/** The quick fix's title, as the light bulb menu shows it (control characters as escapes). */
export function quickFixTitle(suggestion: string): string {
  return `Replace with '${escapeControls(suggestionValue(suggestion))}'`;
}

/** Whether `range` lies strictly inside a JSON string's quotes. */
function isInsideString(text: string, range: OffsetRange): boolean {
  const root = parseTree(text);
  const node = root === undefined ? undefined : findNodeAtOffset(root, range.start);
  return node?.type === 'string' && range.start > node.offset && range.end < node.offset + node.length;
}

/** The edit replacing `range` of `text` with the suggested value. */
export function quickFixEdit(text: string, range: OffsetRange, suggestion: string): PolicyTextEdit {
  const value = suggestionValue(suggestion);
  const covered = text.slice(range.start, range.end);
  const quoted = JSON.stringify(value);
  if (covered.length >= 2 && covered.startsWith('"') && covered.endsWith('"')) return { range, text: quoted };
  if (isInsideString(text, range)) return { range, text: quoted.slice(1, -1) };
  return { range, text: quoted };
}
