/**
 * How IAM glob patterns become tokens for the matcher (`glob.ts`): literal characters as
 * UTF-16 code units, `*` and `?` as wildcards whose reach depends on where the pattern is
 * used (anywhere in actions and condition values; inside one ARN segment in resources), and
 * case folding as a case-insensitive regular expression does it.
 */

/**
 * A token of a compiled glob. Literal tokens are UTF-16 code units (≥ 0); wildcards are
 * negative. The analysis' set operations (`analysis/glob.ts`) use the same encoding.
 */
export const GLOB_TOKEN = {
  /** One character other than `:` (a `?` in a Resource entry). */
  oneSegment: -1,
  /** Any run of characters without `:` (a `*` inside an ARN segment). */
  starSegment: -2,
  /** Any run of characters (a `*` in an action or a condition value, or one ending an ARN segment). */
  starAny: -3,
  /** Any one character (a `?` in an action or a condition value). */
  oneAny: -4,
} as const;

const COLON = 58;

/** Whether a token is one of the two stars. */
export function isStarToken(token: number): boolean {
  return token === GLOB_TOKEN.starAny || token === GLOB_TOKEN.starSegment;
}

/**
 * Appends `token` to `out`, merging it into a star just before it: `**` is the same language as
 * `*`, and merged runs keep every star followed by a non-star, which the matcher relies on. A
 * run holding a `:`-crossing star crosses `:` (`[^:]*.*` is `.*`).
 */
export function pushGlobToken(out: number[], token: number): void {
  const last = out.length - 1;
  if (last >= 0 && isStarToken(token) && isStarToken(out[last] as number)) {
    if (token === GLOB_TOKEN.starAny) out[last] = GLOB_TOKEN.starAny;
    return;
  }
  out.push(token);
}

/**
 * Appends the tokens of `text` read as a plain glob: `*` any run, `?` any one character,
 * everything else literal (actions, `StringLike`, one component of an ARN operator value).
 */
export function pushPlainGlob(out: number[], text: string): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 42 /* * */) pushGlobToken(out, GLOB_TOKEN.starAny);
    else if (code === 63 /* ? */) out.push(GLOB_TOKEN.oneAny);
    else out.push(code);
  }
}

/**
 * Appends the tokens of `text` read as (part of) a Resource entry: inside a `:`-separated
 * segment `*` is any run without `:` and `?` one non-`:` character, except that a `*` which is
 * the last character of its segment may cross `:` (current Resource page: "If the `*` wildcard
 * is the last character of a resource ARN segment, it can expand to match beyond the colon
 * boundaries"). `segmentEndFollows` says whether the text after `text` starts a new segment
 * (it is empty or starts with `:`).
 */
export function pushResourceGlob(out: number[], text: string, segmentEndFollows: boolean): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 42 /* * */) {
      const endsSegment = i + 1 < text.length ? text.charCodeAt(i + 1) === COLON : segmentEndFollows;
      pushGlobToken(out, endsSegment ? GLOB_TOKEN.starAny : GLOB_TOKEN.starSegment);
    } else if (code === 63 /* ? */) out.push(GLOB_TOKEN.oneSegment);
    else out.push(code);
  }
}

/** Appends `text` as literal characters (a substituted policy-variable value never acts as a wildcard). */
export function pushLiteral(out: number[], text: string): void {
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
}

const foldedCodes = new Map<number, number>();

/**
 * The character as a case-insensitive regular expression compares it (ECMAScript
 * Canonicalize without the `u` flag): its upper case when that is one code unit, except that
 * a non-ASCII character never folds into ASCII (so `ſ` stays apart from `s`). Matching with
 * `ignoreCase` keeps exactly what the product's `i`-flag expressions did.
 */
export function foldCase(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  let folded = foldedCodes.get(code);
  if (folded === undefined) {
    const upper = String.fromCharCode(code).toUpperCase();
    folded = upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : code;
    foldedCodes.set(code, folded);
  }
  return folded;
}
