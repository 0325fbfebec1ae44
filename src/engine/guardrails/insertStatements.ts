/**
 * Adding statements to a policy's text: appended to its `Statement` array with the rest of the
 * text kept as typed (a single statement object becomes an array first, formatted). Sids that the policy
 * already uses get a number, since IAM refuses duplicate Sids.
 */

import { applyEdits, findNodeAtLocation, getNodeValue, modify, type FormattingOptions } from 'jsonc-parser';
import type { JsonStatement } from '../analysis/policyJson';
import { parseJson, type JsonNode } from '../json/parseJson';

/** The new text, or why the statements could not be added. */
export type InsertResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

const FORMAT: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** The statements of a `Statement` value (one statement or a list). */
function listOf(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The Sids `statements` use. */
function sidsOf(statements: readonly unknown[]): Set<string> {
  const sids = new Set<string>();
  for (const statement of statements) {
    const sid = (statement as { Sid?: unknown } | null)?.Sid;
    if (typeof sid === 'string') sids.add(sid);
  }
  return sids;
}

/** A statement's JSON without its Sid, to tell a statement that is already there. */
function withoutSid(statement: unknown): string {
  if (typeof statement !== 'object' || statement === null) return JSON.stringify(statement);
  const { Sid: _sid, ...rest } = statement as Record<string, unknown>;
  return JSON.stringify(rest);
}

/** `statements` with every Sid made unique against `taken` (which is updated). */
function uniqueSids(statements: readonly JsonStatement[], taken: Set<string>): JsonStatement[] {
  return statements.map((statement) => {
    const sid = statement['Sid'];
    if (typeof sid !== 'string') return statement;
    let unique = sid;
    for (let n = 2; taken.has(unique); n++) unique = `${sid}${n}`;
    taken.add(unique);
    return unique === sid ? statement : { ...statement, Sid: unique };
  });
}

/** The whitespace that starts the line `offset` is on, up to `offset` (null when text precedes it). */
function indentBefore(text: string, offset: number): string | null {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const lead = text.slice(start, offset);
  return /^[ \t]*$/.test(lead) ? lead : null;
}

/** `value` as JSON indented by two spaces, every line after the first starting with `indent`. */
function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/**
 * Appends to a `Statement` array by inserting text after its last element (or inside an
 * empty one), so every existing statement keeps its text exactly. An array written one
 * statement per line gets the new ones the same way; a compact one gets compact JSON.
 */
function appendToArray(text: string, array: JsonNode, statements: readonly JsonStatement[]): string {
  const last = array.children?.at(-1);
  if (last === undefined) {
    const lineStart = text.lastIndexOf('\n', array.offset - 1) + 1;
    const outer = /^[ \t]*/.exec(text.slice(lineStart, array.offset))?.[0] ?? '';
    const inner = `${outer}  `;
    const body = statements.map((statement) => `${inner}${indented(statement, inner)}`).join(',\n');
    return `${text.slice(0, array.offset + 1)}\n${body}\n${outer}${text.slice(array.offset + array.length - 1)}`;
  }
  const end = last.offset + last.length;
  const indent = indentBefore(text, last.offset);
  const added =
    indent === null
      ? statements.map((statement) => `, ${JSON.stringify(statement)}`).join('')
      : statements.map((statement) => `,\n${indent}${indented(statement, indent)}`).join('');
  return `${text.slice(0, end)}${added}${text.slice(end)}`;
}

/**
 * Adds `statements` at the end of the policy's `Statement` array, leaving out any that the
 * policy already has (the same elements, whatever the Sid). The text must be a JSON object
 * without syntax errors; a policy without `Statement` gets one.
 */
export function insertStatements(text: string, statements: readonly JsonStatement[]): InsertResult {
  const parsed = parseJson(text);
  const root = parsed.root;
  if (root === undefined || parsed.errors.length > 0 || parsed.tooDeep !== null) {
    return { ok: false, problem: 'The policy text is not valid JSON, so the statements could not be added.' };
  }
  if (root.type !== 'object') {
    return {
      ok: false,
      problem: 'The policy text is not a JSON object, so the statements could not be added.',
    };
  }
  const existing = findNodeAtLocation(root, ['Statement']);
  const current: unknown = existing === undefined ? undefined : getNodeValue(existing);
  const present = new Set(listOf(current).map(withoutSid));
  const fresh = statements.filter((statement) => !present.has(withoutSid(statement)));
  if (fresh.length === 0) return { ok: true, text };
  const added = uniqueSids(fresh, sidsOf(listOf(current)));
  if (existing?.type === 'array') return { ok: true, text: appendToArray(text, existing, added) };
  const list = existing === undefined ? added : [current, ...added];
  return {
    ok: true,
    text: applyEdits(text, modify(text, ['Statement'], list, { formattingOptions: FORMAT })),
  };
}
