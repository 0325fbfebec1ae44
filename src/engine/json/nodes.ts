/** Small read helpers over jsonc-parser nodes. */
import type { JsonNode } from './parseJson';

/** A member of a JSON object; `value` is missing when the text broke off after the key. */
export interface JsonProperty {
  readonly node: JsonNode;
  readonly key: string;
  readonly keyNode: JsonNode;
  readonly value: JsonNode | undefined;
}

/** The members of an object node, in text order (duplicates included). */
export function objectProperties(node: JsonNode): JsonProperty[] {
  const out: JsonProperty[] = [];
  for (const prop of node.children ?? []) {
    const keyNode = prop.children?.[0];
    if (prop.type !== 'property' || keyNode === undefined || typeof keyNode.value !== 'string') continue;
    out.push({ node: prop, key: keyNode.value, keyNode, value: prop.children?.[1] });
  }
  return out;
}

/** The JSON type of a node, as a noun phrase for messages ("a number", "an object"). */
export function describeJsonType(node: JsonNode): string {
  switch (node.type) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    default:
      return 'an object';
  }
}

/**
 * The text of a scalar node: strings as decoded, numbers as written in the source (so `1.50`
 * stays `1.50`), booleans as `true`/`false`. Null for other node types.
 */
export function scalarText(text: string, node: JsonNode): string | null {
  if (node.type === 'string') return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'number') return text.slice(node.offset, node.offset + node.length);
  if (node.type === 'boolean') return node.value === true ? 'true' : 'false';
  return null;
}

/**
 * Every object key that repeats an earlier key of the same object (exact, case-sensitive
 * comparison), anywhere in the tree. Iterative, so depth is no concern.
 */
export function findDuplicateKeys(root: JsonNode): JsonProperty[] {
  const found: JsonProperty[] = [];
  const stack: JsonNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'object') {
      const props = node.children ?? [];
      // Most policy objects have a handful of keys: a Set only pays off for large ones.
      const seen = props.length > 8 ? new Set<string>() : null;
      for (let i = 0; i < props.length; i++) {
        const prop = props[i] as JsonNode;
        const keyNode = prop.children?.[0];
        const value = prop.children?.[1];
        if (value !== undefined) stack.push(value);
        if (keyNode === undefined || typeof keyNode.value !== 'string') continue;
        const key: string = keyNode.value;
        if (seen === null ? hasEarlierKey(props, i, key) : seen.has(key)) {
          found.push({ node: prop, key, keyNode, value });
        }
        seen?.add(key);
      }
    } else if (node.type === 'array') {
      for (const child of node.children ?? []) stack.push(child);
    }
  }
  return found.sort((a, b) => a.node.offset - b.node.offset);
}

function hasEarlierKey(props: readonly JsonNode[], before: number, key: string): boolean {
  for (let j = 0; j < before; j++) if (props[j]?.children?.[0]?.value === key) return true;
  return false;
}
