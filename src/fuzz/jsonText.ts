/** Writing JSON text by hand, so generated documents can repeat keys and use `__proto__`. */

/** An object's text from its entries, in order, repeats kept (`JSON.stringify` cannot do that). */
export function objectText(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
}

/** An array's text from its items' texts. */
export function arrayText(items: readonly string[]): string {
  return `[${items.join(',')}]`;
}
