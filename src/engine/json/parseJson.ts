/**
 * Position-aware JSON parsing with jsonc-parser in strict JSON mode (no comments, no trailing
 * commas). jsonc-parser recovers after errors, so later structural checks still run.
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { stringEnd } from './strings';
import { describeSyntaxError } from './syntaxMessages';

/** A node of the JSON tree, with offsets into the text. */
export type JsonNode = Node;

/** One JSON syntax error. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

/** Result of {@link parseJson}. */
export interface JsonParseOutput {
  /** The tree; undefined when no value could be read at all (or the text is too deep). */
  readonly root: JsonNode | undefined;
  /** Every syntax error jsonc-parser reported, in text order. */
  readonly errors: readonly JsonSyntaxError[];
  /** Set when nesting exceeds {@link MAX_JSON_DEPTH}; the text was then not parsed. */
  readonly tooDeep: { readonly offset: number } | null;
}

/**
 * Deepest nesting of arrays and objects accepted. jsonc-parser descends recursively and
 * overflows the stack somewhere past a few thousand levels; a real policy nests about seven.
 */
export const MAX_JSON_DEPTH = 100;

const QUOTE = 34;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Offset of the first `[`/`{` (outside strings) deeper than `maxDepth`, or -1. */
export function findTooDeep(text: string, maxDepth: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = stringEnd(text, i);
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) return i;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth > 0) depth--;
    }
  }
  return -1;
}

/** Parses `text` as strict JSON into a tree with offsets. Never throws. */
export function parseJson(text: string): JsonParseOutput {
  const deep = findTooDeep(text, MAX_JSON_DEPTH);
  if (deep >= 0) return { root: undefined, errors: [], tooDeep: { offset: deep } };
  const raw: ParseError[] = [];
  const root = parseTree(text, raw, { allowTrailingComma: false, disallowComments: true });
  const rootEnd = root === undefined ? Infinity : root.offset + root.length;
  const errors = raw.map((e) => ({
    offset: e.offset,
    length: e.length,
    message: describeSyntaxError(
      e.error as number,
      text,
      e.offset,
      e.length,
      e.offset >= rootEnd && e.offset < text.length,
    ),
  }));
  return { root, errors, tooDeep: null };
}
