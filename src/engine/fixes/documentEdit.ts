/**
 * Editing a policy document statement by statement. A document held as text keeps its text as
 * typed: a new statement is inserted into the Statement array (indented like its neighbours)
 * and a changed statement replaces only its own text. A document held as an object has no
 * text as typed: the object is changed and printed with {@link policyText}, the rendering the
 * playground gives every object document.
 */

import { objectProperties, type JsonProperty } from '../json/nodes';
import { parseJson, type JsonNode } from '../json/parseJson';
import { policyText } from '../json/policyText';
import type { PolicyDocument } from '../types';
import type { FixStatement } from './types';

/** The text after an edit, or why the document cannot be edited. */
export type Edited =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

const NOT_JSON: Edited = {
  ok: false,
  problem: 'the policy text does not parse as a JSON object: fix its syntax first',
};

/** The member named `name`: the last exact one (as `JSON.parse` reads it), else the first in another case. */
function member(props: readonly JsonProperty[], name: string): JsonProperty | undefined {
  const exact = props.filter((p) => p.key === name);
  return exact[exact.length - 1] ?? props.find((p) => p.key.toLowerCase() === name.toLowerCase());
}

/** The key of `object` named `name`, exact or in another case. */
export function keyOf(object: Readonly<Record<string, unknown>>, name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(object, name)) return name;
  return Object.keys(object).find((key) => key.toLowerCase() === name.toLowerCase());
}

interface Located {
  readonly text: string;
  readonly root: JsonNode;
  readonly statement: JsonProperty | undefined;
  readonly eol: string;
}

function locate(text: string): Located | null {
  const parsed = parseJson(text);
  const root = parsed.root;
  if (parsed.errors.length > 0 || parsed.tooDeep !== null || root?.type !== 'object') return null;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { text, root, statement: member(objectProperties(root), 'Statement'), eol };
}

/** The whitespace before `offset` on its line, when only whitespace precedes it there. */
function indentAt(text: string, offset: number): string | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return before.trim() === '' ? before : null;
}

/** `statement` as JSON: two-space pretty lines continued at `indent`, or one line. */
function render(statement: FixStatement, indent: string | null, eol: string): string {
  if (indent === null) return JSON.stringify(statement);
  return JSON.stringify(statement, null, 2).split('\n').join(`${eol}${indent}`);
}

function splice(text: string, from: number, to: number, insert: string): string {
  return `${text.slice(0, from)}${insert}${text.slice(to)}`;
}

function appendToText(at: Located, statement: FixStatement): Edited {
  const { text, root, eol } = at;
  const value = at.statement?.value;
  if (value === undefined) {
    // No Statement element: one is added as the last member.
    const last = root.children?.[root.children.length - 1];
    const indent = (last === undefined ? null : indentAt(text, last.offset)) ?? '  ';
    const added = `"Statement": [${eol}${indent}  ${render(statement, `${indent}  `, eol)}${eol}${indent}]`;
    if (last === undefined) {
      return {
        ok: true,
        text: splice(text, root.offset + 1, root.offset + root.length - 1, `${eol}${indent}${added}${eol}`),
      };
    }
    const end = last.offset + last.length;
    return { ok: true, text: splice(text, end, end, `,${eol}${indent}${added}`) };
  }
  if (value.type === 'array') {
    const elements = value.children ?? [];
    const last = elements[elements.length - 1];
    if (last === undefined) {
      const outer = indentAt(text, at.statement?.node.offset ?? value.offset) ?? '';
      const inner = `${outer}  `;
      return {
        ok: true,
        text: splice(
          text,
          value.offset,
          value.offset + value.length,
          `[${eol}${inner}${render(statement, inner, eol)}${eol}${outer}]`,
        ),
      };
    }
    const first = elements[0] as JsonNode;
    const indent = indentAt(text, first.offset);
    const insert =
      indent === null
        ? `, ${render(statement, null, eol)}`
        : `,${eol}${indent}${render(statement, indent, eol)}`;
    const end = last.offset + last.length;
    return { ok: true, text: splice(text, end, end, insert) };
  }
  if (value.type === 'object') {
    // A single statement object becomes an array of it and the new one.
    const indent = indentAt(text, at.statement?.node.offset ?? value.offset);
    const existing = text.slice(value.offset, value.offset + value.length);
    const added =
      indent === null
        ? ` ${render(statement, null, eol)}`
        : `${eol}${indent}${render(statement, indent, eol)}`;
    return {
      ok: true,
      text: splice(text, value.offset, value.offset + value.length, `[${existing},${added}]`),
    };
  }
  return { ok: false, problem: "the policy's Statement is neither an array nor an object" };
}

/** The node of statement `index` in a located document. */
function statementNode(at: Located, index: number): JsonNode | undefined {
  const value = at.statement?.value;
  if (value?.type === 'array') return value.children?.[index];
  return value?.type === 'object' && index === 0 ? value : undefined;
}

function replaceInText(at: Located, index: number, statement: FixStatement | null): Edited {
  const node = statementNode(at, index);
  if (node === undefined) return { ok: false, problem: `the policy has no statement ${index}` };
  const { text, eol } = at;
  if (statement !== null) {
    const original = text.slice(node.offset, node.offset + node.length);
    const indent = original.includes('\n') ? (indentAt(text, node.offset) ?? '') : null;
    return {
      ok: true,
      text: splice(text, node.offset, node.offset + node.length, render(statement, indent, eol)),
    };
  }
  const siblings = at.statement?.value?.type === 'array' ? (at.statement.value.children ?? []) : [node];
  if (siblings.length < 2) return { ok: false, problem: "the statement is the policy's only one" };
  const next = siblings[index + 1];
  if (next !== undefined) return { ok: true, text: splice(text, node.offset, next.offset, '') };
  const previous = siblings[index - 1] as JsonNode;
  return { ok: true, text: splice(text, previous.offset + previous.length, node.offset + node.length, '') };
}

/** A deep copy of a JSON object document, and its Statement as a list. */
function objectStatements(document: Readonly<Record<string, unknown>>): {
  copy: Record<string, unknown>;
  key: string;
  list: unknown[];
  single: boolean;
} {
  const copy = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
  const key = keyOf(copy, 'Statement') ?? 'Statement';
  const value = copy[key];
  if (Array.isArray(value)) return { copy, key, list: value, single: false };
  return { copy, key, list: value === undefined ? [] : [value], single: value !== undefined };
}

/** The document with `statement` appended to its Statement. */
export function appendStatement(document: PolicyDocument, statement: FixStatement): Edited {
  if (typeof document === 'string') {
    const at = locate(document);
    return at === null ? NOT_JSON : appendToText(at, statement);
  }
  const { copy, key, list } = objectStatements(document);
  copy[key] = [...list, statement];
  return { ok: true, text: policyText(copy) };
}

/** The document with statement `index` replaced by `statement`, or removed when it is null. */
export function replaceStatement(
  document: PolicyDocument,
  index: number,
  statement: FixStatement | null,
): Edited {
  if (typeof document === 'string') {
    const at = locate(document);
    return at === null ? NOT_JSON : replaceInText(at, index, statement);
  }
  const { copy, key, list, single } = objectStatements(document);
  if (index >= list.length) return { ok: false, problem: `the policy has no statement ${index}` };
  if (statement === null && list.length < 2)
    return { ok: false, problem: "the statement is the policy's only one" };
  const changed =
    statement === null
      ? list.filter((_, i) => i !== index)
      : list.map((s, i) => (i === index ? statement : s));
  copy[key] = single && statement !== null ? changed[0] : changed;
  return { ok: true, text: policyText(copy) };
}

/** Statement `index` of the document as JSON; null when it cannot be read. */
export function statementAt(document: PolicyDocument, index: number): FixStatement | null {
  let value: unknown;
  if (typeof document === 'string') {
    const at = locate(document);
    const node = at === null ? undefined : statementNode(at, index);
    if (node === undefined) return null;
    value = JSON.parse(document.slice(node.offset, node.offset + node.length));
  } else {
    value = objectStatements(document).list[index];
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as FixStatement)
    : null;
}
