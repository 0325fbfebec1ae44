/**
 * Keeping the previous object when a new one holds the same data. The worker's answers arrive as
 * fresh copies after every keystroke, mostly equal to what is on screen; keeping the objects on
 * screen keeps everything computed from them (memoised rows, the editor's markers), so an
 * unchanged answer costs no rendering.
 */

/** Whether two values hold the same data: primitives, typed arrays, arrays and plain objects. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return false;
    return sameBytes(a, b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (k) =>
      Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Whether two views hold the same bytes; compared as bytes whatever their element type (one loop shape). */
function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** `next`, or `previous` when both hold the same data. */
export function keepSame<T>(previous: T | null | undefined, next: T): T {
  return previous !== null && previous !== undefined && sameData(previous, next) ? previous : next;
}

/**
 * `next` with each entry that holds the same data as `previous`'s kept from `previous`, or
 * `previous` itself when every entry is: a document's diagnostics keep their identity while
 * another document is typed in.
 */
export function keepSameEntries<T>(
  previous: Readonly<Record<string, T>>,
  next: Readonly<Record<string, T>>,
): Readonly<Record<string, T>> {
  const out: Record<string, T> = {};
  let all = Object.keys(previous).length === Object.keys(next).length;
  for (const [key, value] of Object.entries(next)) {
    const kept = Object.hasOwn(previous, key) ? keepSame(previous[key], value) : value;
    if (kept !== previous[key]) all = false;
    out[key] = kept;
  }
  return all ? previous : out;
}
