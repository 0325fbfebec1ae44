/**
 * Where in a policy document an offset is: which policy slot (an Action value, a condition
 * key…), in which statement, and which token the cursor is in. Built on jsonc-parser, whose
 * scanner tolerates the half-typed JSON an editor is full of.
 */
import {
  findNodeAtLocation,
  findNodeAtOffset,
  getLocation,
  getNodePath,
  parseTree,
  type JSONPath,
  type Node,
} from 'jsonc-parser';

import type { OffsetRange } from './types';

/** The policy-grammar position of a JSON key or value. */
export type PolicySlot =
  | { readonly kind: 'policy-key' }
  | { readonly kind: 'statement-key' }
  | { readonly kind: 'version-value' }
  | { readonly kind: 'effect-value' }
  | { readonly kind: 'action-value'; readonly element: 'Action' | 'NotAction' }
  | { readonly kind: 'resource-value'; readonly element: 'Resource' | 'NotResource' }
  | { readonly kind: 'operator-key' }
  | { readonly kind: 'condition-key'; readonly operator: string }
  | { readonly kind: 'other' };

/** A slot together with the JSON path of its statement (null outside statements). */
export interface SlotLocation {
  readonly slot: PolicySlot;
  readonly statementPath: JSONPath | null;
}

const OTHER: PolicySlot = { kind: 'other' };

/**
 * Classifies a JSON path (as jsonc-parser reports it) in the policy grammar. `isKey`: the path
 * ends at a property key being written rather than at a value.
 */
export function classifyPath(path: JSONPath, isKey: boolean): SlotLocation {
  if (path.length === 1 && isKey) return { slot: { kind: 'policy-key' }, statementPath: null };
  if (path.length === 1 && path[0] === 'Version')
    return { slot: { kind: 'version-value' }, statementPath: null };
  if (path[0] !== 'Statement' || path.length < 2) return { slot: OTHER, statementPath: null };
  // `Statement` is one object or an array of them; the path shows which.
  const depth = typeof path[1] === 'number' ? 2 : 1;
  const statementPath = path.slice(0, depth);
  const rest = path.slice(depth);
  return { slot: classifyInStatement(rest, isKey), statementPath };
}

function classifyInStatement(rest: JSONPath, isKey: boolean): PolicySlot {
  const [element, second, third] = rest;
  if (rest.length === 1 && isKey) return { kind: 'statement-key' };
  if (element === 'Condition') {
    if (!isKey) return OTHER;
    if (rest.length === 2) return { kind: 'operator-key' };
    if (rest.length === 3 && typeof second === 'string' && typeof third === 'string') {
      return { kind: 'condition-key', operator: second };
    }
    return OTHER;
  }
  if (isKey) return OTHER;
  // A value of a string-or-array element: the element itself, or one item of its array.
  const isListValue = rest.length === 1 || (rest.length === 2 && typeof second === 'number');
  if (!isListValue) return OTHER;
  if (element === 'Action' || element === 'NotAction') return { kind: 'action-value', element };
  if (element === 'Resource' || element === 'NotResource') return { kind: 'resource-value', element };
  if (element === 'Effect' && rest.length === 1) return { kind: 'effect-value' };
  return OTHER;
}

/** The token the cursor is in, and what a completion may replace. */
export interface CursorToken {
  /** The cursor is inside a JSON string (key or value). */
  readonly quoted: boolean;
  /** What a completion replaces: the string's content when quoted, else the bare word typed. */
  readonly range: OffsetRange;
  /** The whole token: the string with its quotes when quoted, else {@link range}. */
  readonly outer: OffsetRange;
  /** The text between the start of {@link range} and the cursor. */
  readonly typed: string;
  /** A `:` follows the token (a key that already has its value). */
  readonly colonFollows: boolean;
  /** A string starts right after the token (and any whitespace): an insertion needs a `,`. */
  readonly stringFollows: boolean;
}

/** Everything completion needs to know about the cursor. */
export interface CursorContext extends SlotLocation {
  readonly token: CursorToken;
  /** The document's tree (possibly partial); undefined for text with no JSON value at all. */
  readonly root: Node | undefined;
  /** For key slots: the other keys already present in the same object. */
  readonly siblingKeys: readonly string[];
}

// Outside strings a `:` separates a key from its value, so it ends a bare word.
const WORD_CHAR = /[A-Za-z0-9_\-*]/;
const SPACE = /\s/;

/** Whether the string token starting at `start` with `length` characters has its closing quote. */
function isClosed(text: string, start: number, length: number): boolean {
  if (length < 2 || text[start + length - 1] !== '"') return false;
  let backslashes = 0;
  for (let i = start + length - 2; i > start && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** The first character after `from` that is not whitespace ('' at the end). */
function nextCharAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && SPACE.test(text[i] ?? '')) i++;
  return text[i] ?? '';
}

/**
 * The cursor's context, or null where no completion makes sense (right after a complete value,
 * inside a number…).
 */
export function cursorContext(text: string, offset: number): CursorContext | null {
  const location = getLocation(text, offset);
  const previous = location.previousNode;
  let token: CursorToken;
  if (previous !== undefined && (previous.type === 'string' || previous.type === 'property')) {
    const start = previous.offset;
    const closed = isClosed(text, start, previous.length);
    const contentEnd = closed ? start + previous.length - 1 : start + previous.length;
    if (offset <= start || offset > contentEnd) return null;
    const outerEnd = start + previous.length;
    const next = closed ? nextCharAfter(text, outerEnd) : '';
    token = {
      quoted: true,
      range: { start: start + 1, end: contentEnd },
      outer: { start, end: outerEnd },
      typed: text.slice(start + 1, offset),
      colonFollows: next === ':',
      stringFollows: next === '"',
    };
  } else if (previous !== undefined) {
    return null;
  } else {
    let start = offset;
    while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
    let end = offset;
    while (end < text.length && WORD_CHAR.test(text[end] ?? '')) end++;
    const next = nextCharAfter(text, end);
    token = {
      quoted: false,
      range: { start, end },
      outer: { start, end },
      typed: text.slice(start, offset),
      colonFollows: next === ':',
      stringFollows: next === '"',
    };
  }
  const { slot, statementPath } = classifyPath(location.path, location.isAtPropertyKey);
  const root = parseTree(text);
  const siblingKeys = location.isAtPropertyKey ? keysAround(root, location.path.slice(0, -1), token) : [];
  return { slot, statementPath, token, root, siblingKeys };
}

/** The keys of the object at `path`, except the one the token is. */
function keysAround(root: Node | undefined, path: JSONPath, token: CursorToken): string[] {
  const object = root === undefined ? undefined : findNodeAtLocation(root, path);
  if (object?.type !== 'object') return [];
  const keys: string[] = [];
  for (const property of object.children ?? []) {
    const key = property.children?.[0];
    if (key === undefined || typeof key.value !== 'string') continue;
    if (key.offset === token.outer.start) continue;
    keys.push(key.value);
  }
  return keys;
}

/** The string values of a statement's element (`"x"` or `["x", "y"]`; other items ignored). */
export function statementStrings(
  root: Node | undefined,
  statementPath: JSONPath | null,
  element: string,
): string[] {
  if (root === undefined || statementPath === null) return [];
  const node = findNodeAtLocation(root, [...statementPath, element]);
  if (node === undefined) return [];
  if (node.type === 'string' && typeof node.value === 'string') return [node.value];
  if (node.type !== 'array') return [];
  const values: string[] = [];
  for (const item of node.children ?? []) {
    if (item.type === 'string' && typeof item.value === 'string') values.push(item.value);
  }
  return values;
}

/** The JSON string under an offset, for hovers. */
export interface StringAtOffset extends SlotLocation {
  readonly value: string;
  /** The string token with its quotes. */
  readonly range: OffsetRange;
  readonly root: Node;
}

/** The JSON string (key or value) at `offset` and its slot, or null when there is none. */
export function stringAt(text: string, offset: number): StringAtOffset | null {
  const root = parseTree(text);
  if (root === undefined) return null;
  const node = findNodeAtOffset(root, offset);
  if (node?.type !== 'string' || typeof node.value !== 'string') return null;
  const parent = node.parent;
  const isKey = parent?.type === 'property' && parent.children?.[0] === node;
  const { slot, statementPath } = classifyPath(getNodePath(node), isKey);
  return {
    slot,
    statementPath,
    value: node.value,
    range: { start: node.offset, end: node.offset + node.length },
    root,
  };
}
