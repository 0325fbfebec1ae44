/**
 * Reading the members of a policy or statement object: known element names are case-sensitive;
 * a case-insensitive match is reported with a "did you mean" and still read, best effort.
 */
import { objectProperties, type JsonProperty } from '../json/nodes';
import type { JsonNode } from '../json/parseJson';
import { report, type ParseContext } from './context';

/** Elements allowed at the top level of a policy. */
export const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'] as const;

/** Elements allowed in a statement. */
export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;

/**
 * Maps each known element of `node` to its member. Unknown members are reported as
 * `unknown-element`. An exactly spelled member wins over a mis-cased one. Documented choice:
 * among exact duplicates (already reported as `duplicate-key`) the last wins, as with
 * `JSON.parse`.
 */
export function collectElements<K extends string>(
  ctx: ParseContext,
  node: JsonNode,
  known: readonly K[],
  where: string,
): Map<K, JsonProperty> {
  const exact = new Map<K, JsonProperty>();
  let loose: Map<K, JsonProperty> | null = null;
  for (const prop of objectProperties(node)) {
    if ((known as readonly string[]).includes(prop.key)) {
      exact.set(prop.key as K, prop);
      continue;
    }
    const lower = prop.key.toLowerCase();
    const canonical = known.find((k) => k.toLowerCase() === lower);
    const base = `The policy element ${JSON.stringify(prop.key)} is not valid ${where}.`;
    if (canonical === undefined) {
      report(ctx, 'unknown-element', prop.keyNode, `${base} Valid elements: ${known.join(', ')}.`);
    } else {
      report(
        ctx,
        'unknown-element',
        prop.keyNode,
        `${base} Did you mean "${canonical}"? Element names are case-sensitive.`,
        { suggestion: JSON.stringify(canonical) },
      );
      loose ??= new Map();
      if (!loose.has(canonical)) loose.set(canonical, prop);
    }
  }
  if (loose !== null) for (const [key, prop] of loose) if (!exact.has(key)) exact.set(key, prop);
  return exact;
}
