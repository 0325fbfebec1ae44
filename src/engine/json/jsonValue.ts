/**
 * Checks on a JavaScript value before `JSON.stringify` writes it: stringify recurses (deep
 * nesting overflows the stack with a `RangeError`) and writes a number that is not finite
 * (`Infinity`, which is what `JSON.parse` makes of `1e999`) as `null`.
 */

/** What {@link inspectJsonValue} found. */
export interface JsonValueFindings {
  /** Objects or arrays nest deeper than the limit, without a cycle. */
  readonly tooDeep: boolean;
  /** An object or array contains itself (`JSON.stringify` refuses such a value). */
  readonly circular: boolean;
  /** Some number is `Infinity`, `-Infinity` or `NaN`. */
  readonly nonFiniteNumber: boolean;
}

/**
 * Walks `value` iteratively, so any depth is safe to ask about, and stops at the first object
 * or array deeper than `maxDepth` levels (the value itself is level 1), where it tells a cycle
 * from mere depth.
 */
export function inspectJsonValue(value: unknown, maxDepth: number): JsonValueFindings {
  let nonFiniteNumber = false;
  const stack: Visit[] = [{ value, depth: 1, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const next = visit.value;
    if (typeof next === 'number' && !Number.isFinite(next)) nonFiniteNumber = true;
    if (typeof next !== 'object' || next === null) continue;
    if (visit.depth > maxDepth) {
      const circular = repeatsOnPath(visit);
      return { tooDeep: !circular, circular, nonFiniteNumber };
    }
    // One push per element: spreading a list of a hundred thousand would overflow the stack.
    for (const item of Object.values(next))
      stack.push({ value: item, depth: visit.depth + 1, parent: visit });
  }
  return { tooDeep: false, circular: false, nonFiniteNumber };
}

/** One value on the walk, with the way back to the root. */
interface Visit {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Visit | null;
}

/** True when some object appears twice between `visit` and the root: the value has a cycle. */
function repeatsOnPath(visit: Visit): boolean {
  const seen = new Set<unknown>();
  for (let at: Visit | null = visit; at !== null; at = at.parent) {
    if (seen.has(at.value)) return true;
    seen.add(at.value);
  }
  return false;
}
