/**
 * The one glob matcher of the product: every IAM pattern with `*` and `?` (actions, NotAction,
 * resources, `StringLike`/`ArnLike` values, catalog lookups, the actions-table search) is
 * compiled to tokens and run here. Matching simulates the pattern's automaton over the set of
 * positions reachable so far, so it costs at most (|text| + 1) · (|pattern| + 1) steps whatever
 * the pattern: a backtracking regular expression would take O(|text|^k) for k stars, and policy
 * text, links and the search box are all user input.
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

/** A compiled glob, ready to run against any number of texts. */
export interface GlobProgram {
  /** Tokens, with runs of stars merged. */
  readonly tokens: Int32Array;
  /** Whether letters compare case-insensitively (literal tokens are then stored folded). */
  readonly ignoreCase: boolean;
  /** Scratch: the current and next state lists, and marks that de-duplicate a next list. */
  readonly current: Int32Array;
  readonly next: Int32Array;
  readonly marks: Int32Array;
  generation: number;
}

/** Compiles tokens (from the `push…` builders) into a program. */
export function globProgram(tokens: readonly number[], ignoreCase: boolean): GlobProgram {
  const compiled = Int32Array.from(tokens, (token) => (ignoreCase && token >= 0 ? foldCase(token) : token));
  const states = compiled.length + 1;
  return {
    tokens: compiled,
    ignoreCase,
    current: new Int32Array(states),
    next: new Int32Array(states),
    marks: new Int32Array(states),
    generation: 0,
  };
}

let totalSteps = 0;

/**
 * Steps taken by every {@link runGlob} so far: one per (character, live state) pair, plus one
 * per run. A run over `text` with `pattern` adds at most (|text| + 1) · (|pattern| + 1), so tests
 * can prove a whole evaluation linear in text × pattern without timing it.
 */
export function globStepCount(): number {
  return totalSteps;
}

/**
 * Adds `state` and, since a star may match nothing, the state after it, to the list being
 * built. Merged star runs mean one step of that closure suffices.
 */
function enter(program: GlobProgram, list: Int32Array, size: number, state: number): number {
  const { tokens, marks, generation } = program;
  if (marks[state] === generation) return size;
  marks[state] = generation;
  list[size++] = state;
  if (state < tokens.length && isStarToken(tokens[state] as number)) {
    const after = state + 1;
    if (marks[after] !== generation) {
      marks[after] = generation;
      list[size++] = after;
    }
  }
  return size;
}

// Marks compare against a generation number; start again well before it outgrows an Int32.
const GENERATION_LIMIT = 0x3fff_ffff;

/** Whether the whole of `text` matches the program (anchored at both ends). */
export function runGlob(program: GlobProgram, text: string): boolean {
  const { tokens, ignoreCase } = program;
  const last = tokens.length;
  // A final `*` accepts whatever remains once it is reached.
  const acceptsRest = last > 0 && tokens[last - 1] === GLOB_TOKEN.starAny ? last - 1 : -1;
  if (program.generation > GENERATION_LIMIT - text.length) {
    program.marks.fill(0);
    program.generation = 0;
  }
  let current = program.current;
  let next = program.next;
  program.generation++;
  let size = enter(program, current, 0, 0);
  let steps = 1;
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    const code = ignoreCase ? foldCase(raw) : raw;
    program.generation++;
    let nextSize = 0;
    for (let s = 0; s < size; s++) {
      const state = current[s] as number;
      steps++;
      if (state === acceptsRest) {
        totalSteps += steps;
        return true;
      }
      if (state === last) continue;
      const token = tokens[state] as number;
      if (token >= 0) {
        if (token === code) nextSize = enter(program, next, nextSize, state + 1);
      } else if (token === GLOB_TOKEN.starAny) nextSize = enter(program, next, nextSize, state);
      else if (token === GLOB_TOKEN.oneAny) nextSize = enter(program, next, nextSize, state + 1);
      else if (raw !== COLON) {
        nextSize = enter(program, next, nextSize, token === GLOB_TOKEN.starSegment ? state : state + 1);
      }
    }
    if (nextSize === 0) {
      totalSteps += steps;
      return false;
    }
    const swap = current;
    current = next;
    next = swap;
    size = nextSize;
  }
  totalSteps += steps;
  for (let s = 0; s < size; s++) if (current[s] === last) return true;
  return false;
}
