/** Reading `string | string[]` element values with type diagnostics. */
import type { JsonNode } from '../json/parseJson';
import { describeJsonType } from '../json/nodes';
import type { Located } from '../types';
import { nodeRange, report, type ParseContext } from './context';

/**
 * Reads a string or an array of strings. Non-string values (numbers, objects, nulls, nested
 * arrays) are reported as `wrong-type` and skipped. Returns null when the value as a whole has
 * the wrong type, else the strings (possibly none) and whether an array was given.
 */
export function readStringList(
  ctx: ParseContext,
  value: JsonNode,
  element: string,
): { readonly items: Located<string>[]; readonly isArray: boolean } | null {
  if (value.type === 'string') {
    return { items: [{ value: String(value.value), range: nodeRange(ctx, value) }], isArray: false };
  }
  if (value.type !== 'array') {
    report(
      ctx,
      'wrong-type',
      value,
      `${element} must be a string or an array of strings, not ${describeJsonType(value)}.`,
    );
    return null;
  }
  const items: Located<string>[] = [];
  for (const child of value.children ?? []) {
    if (child.type === 'string') items.push({ value: String(child.value), range: nodeRange(ctx, child) });
    else
      report(
        ctx,
        'wrong-type',
        child,
        `Each ${element} value must be a string, not ${describeJsonType(child)}.`,
      );
  }
  return { items, isArray: true };
}
