/**
 * What `JSON.parse` and `JSON.stringify` would do wrong with pasted text: overflow the stack
 * on deep nesting (a `RangeError` that would blank the page) and turn a number too large for a
 * double (`1e999`) into `Infinity`, which the pretty-printed policy would then show as `null`.
 * The import checks for both and says so, instead of crashing or changing the policy.
 */
import { parseTree, type Node } from 'jsonc-parser';

import { MAX_JSON_DEPTH } from '../engine';

/**
 * Deepest nesting an import accepts: a policy's own limit, plus the levels of AWS output around
 * a document (`UserDetailList[i].UserPolicyList[j].PolicyDocument` is five).
 */
export const MAX_IMPORT_DEPTH = MAX_JSON_DEPTH + 8;

/** The reason for text nested deeper than `maxDepth`, as the end of a sentence. */
export function nestedTooDeeply(maxDepth: number): string {
  return `nested too deeply: more than ${maxDepth} levels`;
}

/**
 * The first number of JSON `text` that is too large for a double, as written, with its offset.
 * `text` must be valid JSON no deeper than {@link MAX_IMPORT_DEPTH} (the tree is recursive).
 */
export function unrepresentableNumber(
  text: string,
): { readonly offset: number; readonly raw: string } | null {
  const root = parseTree(text);
  const stack: Node[] = root === undefined ? [] : [root];
  let found: Node | null = null;
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (
      node.type === 'number' &&
      !Number.isFinite(node.value) &&
      (found === null || node.offset < found.offset)
    )
      found = node;
    for (const child of node.children ?? []) stack.push(child);
  }
  return found === null
    ? null
    : { offset: found.offset, raw: text.slice(found.offset, found.offset + found.length) };
}

/** The reason for a number too large to import (as written, when known), as the end of a sentence. */
export function numberTooLarge(raw: string | null): string {
  const shown = raw === null ? 'a number' : `the number ${raw.length > 40 ? `${raw.slice(0, 37)}...` : raw}`;
  return `has ${shown}, which is too large to represent: importing it would turn it into null`;
}
