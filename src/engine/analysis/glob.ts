/**
 * Set questions about ARN globs, answered exactly by exploring automata: do several globs
 * match a common string (`globsIntersect`), is every string of some globs' intersection
 * matched by another glob (`globsSubset`), and a sample string of an intersection
 * (`globsWitness`). Resource patterns and catalog ARN templates are both compiled to globs, so
 * "does this Resource entry touch / cover this action's resources" becomes one of these.
 */

import { GLOB_TOKEN } from '../match/glob';

/**
 * A token of a compiled glob: the encoding of the engine's matcher (`match/glob.ts`), of which
 * ARN globs use the literals (char codes, ≥ 0) and the segment-aware wildcards.
 */
export const TOKEN = {
  /** One character other than `:` (the resource `?`). */
  one: GLOB_TOKEN.oneSegment,
  /** Any run of characters without `:` (a `*` inside an ARN segment). */
  starSegment: GLOB_TOKEN.starSegment,
  /** Any run of characters (a `*` ending a segment, or a placeholder of the resource part). */
  starAny: GLOB_TOKEN.starAny,
} as const;

/** A compiled glob: tokens plus the set of literal characters it mentions. */
export interface Glob {
  readonly source: string;
  readonly tokens: Int32Array;
  /** True when the glob stands for more strings than it names (it contains a policy variable). */
  readonly approximate: boolean;
}

const COLON = 58;
/** Upper bound on automaton states explored per question; past it the answer is the safe guess. */
const STATE_LIMIT = 20_000;

function isStar(token: number): boolean {
  return token === TOKEN.starSegment || token === TOKEN.starAny;
}

function accepts(token: number, char: number): boolean {
  if (token >= 0) return token === char;
  return token === TOKEN.starAny || char !== COLON;
}

/** A glob with, per position, the positions reachable by letting stars match nothing. */
interface Automaton {
  readonly tokens: Int32Array;
  readonly closure: readonly (readonly number[])[];
  /** Scratch marks for building state sets without allocating a Set. */
  readonly marks: Int32Array;
  generation: number;
}

const automata = new WeakMap<Glob, Automaton>();

function automaton(glob: Glob): Automaton {
  let machine = automata.get(glob);
  if (machine === undefined) {
    machine = buildAutomaton(glob);
    automata.set(glob, machine);
  }
  return machine;
}

function buildAutomaton(glob: Glob): Automaton {
  const tokens = glob.tokens;
  const closure: number[][] = [];
  for (let start = 0; start <= tokens.length; start++) {
    const reach = [start];
    for (let at = start; at < tokens.length && isStar(tokens[at] as number);) reach.push(++at);
    closure.push(reach);
  }
  return { tokens, closure, marks: new Int32Array(tokens.length + 1), generation: 0 };
}

function step(machine: Automaton, state: readonly number[], char: number): number[] {
  const { tokens, closure, marks } = machine;
  const generation = ++machine.generation;
  const next: number[] = [];
  for (const at of state) {
    if (at >= tokens.length) continue;
    const token = tokens[at] as number;
    if (!accepts(token, char)) continue;
    for (const to of closure[isStar(token) ? at : at + 1] as number[]) {
      if (marks[to] === generation) continue;
      marks[to] = generation;
      next.push(to);
    }
  }
  return next.length > 1 ? next.sort((a, b) => a - b) : next;
}

function isFinal(tokens: Int32Array, state: readonly number[]): boolean {
  return state.length > 0 && state[state.length - 1] === tokens.length;
}

/** First char code of the private-use area: stands for "a character no glob names here". */
const FRESH = 0xe000;

/**
 * Characters that stand for every character in a state: the literals the globs expect at
 * their current positions, `:`, and one character none of them expects there (every other
 * character moves each glob exactly as that one does).
 */
function charsAt(machines: readonly Automaton[], tuple: Tuple): number[] {
  const chars = [FRESH, COLON];
  for (let g = 0; g < machines.length; g++) {
    const tokens = (machines[g] as Automaton).tokens;
    for (const at of tuple[g] as number[]) {
      const token = tokens[at];
      if (token !== undefined && token >= 0 && !chars.includes(token)) chars.push(token);
    }
  }
  return chars;
}

type Tuple = number[][];

function keyOf(tuple: Tuple): string {
  let key = '';
  for (const state of tuple) key += `${state.join(',')}|`;
  return key;
}

/**
 * Depth-first search over the product of the globs' determinised automata (depth first
 * because a counter-example to "contained" is usually a long string). `stop` is asked at
 * every state; the search returns the path (as chars) to the first state it accepts, `null` when none does, or `undefined` when the state limit was hit. Only the last
 * glob may reach an empty state (for subset questions, its death is the counter-example).
 */
function search(globs: readonly Glob[], stop: (tuple: Tuple) => boolean): number[] | null | undefined {
  const machines = globs.map(automaton);
  // The same glob twice would share scratch marks; give the repeat its own automaton.
  for (let g = 1; g < machines.length; g++) {
    if (machines.indexOf(machines[g] as Automaton) < g) machines[g] = buildAutomaton(globs[g] as Glob);
  }
  const start = machines.map((machine) => [...(machine.closure[0] as number[])]);
  const seen = new Map<string, { parent: string | null; char: number }>();
  const startKey = keyOf(start);
  seen.set(startKey, { parent: null, char: -1 });
  const stack: [string, Tuple][] = [[startKey, start]];
  while (stack.length > 0) {
    const [key, tuple] = stack.pop() as [string, Tuple];
    if (stop(tuple)) {
      const path: number[] = [];
      for (let at: string | null = key; at !== null;) {
        const entry = seen.get(at) as { parent: string | null; char: number };
        if (entry.parent !== null) path.push(entry.char);
        at = entry.parent;
      }
      return path.reverse();
    }
    if (seen.size > STATE_LIMIT) return undefined;
    const chars = charsAt(machines, tuple);
    // Pushed in reverse, so that the first char (one no glob names) is explored first.
    for (let c = chars.length - 1; c >= 0; c--) {
      const char = chars[c] as number;
      const next: Tuple = [];
      let dead = false;
      for (let g = 0; g < machines.length && !dead; g++) {
        const moved = step(machines[g] as Automaton, tuple[g] as number[], char);
        next.push(moved);
        if (moved.length === 0 && g < machines.length - 1) dead = true;
      }
      if (dead) continue;
      const nextKey = keyOf(next);
      if (seen.has(nextKey)) continue;
      seen.set(nextKey, { parent: key, char });
      stack.push([nextKey, next]);
    }
  }
  return null;
}

/**
 * Whether some string matches every glob.
 */
export function globsIntersect(globs: readonly Glob[]): boolean {
  if (prefixesClash(globs) || headsClash(globs) || tailsClash(globs)) return false;
  if (globs.length === 2) {
    const pair = pairReachable(globs[0] as Glob, globs[1] as Glob);
    if (pair !== undefined) return pair;
  }
  const fast = productReachable(globs);
  if (fast !== undefined) return fast;
  // Documented choice: past the state limit (20,000 states, never reached by real ARNs) the
  // answer is "they may overlap" here and "not contained" in `globsSubset`: a grant is then
  // reported as partial rather than complete or absent.
  const all = [...globs, ANY];
  const found = search(all, (tuple) => tuple.every((state, g) => isFinal((all[g] as Glob).tokens, state)));
  return found !== null;
}

/**
 * Whether every string matched by all of `inner` is matched by `outer`. An approximate
 * `outer` (one with a policy variable) contains nothing for sure, so the answer is then
 * `false` unless it is literally one of the inner globs. Past the state limit: `false`.
 */
export function globsSubset(inner: readonly Glob[], outer: Glob): boolean {
  if (inner.some((glob) => glob.source === outer.source)) return true;
  if (outer.approximate) return false;
  // Inner strings that clash with the outer glob's literal prefix are outside it (if any exist).
  const all = [...inner, outer];
  if (prefixesClash(all) || headsClash(all) || tailsClash(all)) return !globsIntersect(inner);
  // A single glob matches some string, so one that `outer`'s end segments rule out settles it.
  const only = inner.length === 1 ? (inner[0] as Glob) : undefined;
  if (only !== undefined && (headsEscape(only, outer) || tailsEscape(only, outer))) return false;
  const last = all.length - 1;
  const found = search(all, (tuple) => {
    for (let g = 0; g < last; g++) if (!isFinal((all[g] as Glob).tokens, tuple[g] as number[])) return false;
    return !isFinal(outer.tokens, tuple[last] as number[]);
  });
  return found === null;
}

/** Most states {@link pairReachable} allocates marks for; larger pairs take the general search. */
const PAIR_STATE_LIMIT = 1 << 22;

/**
 * {@link productReachable} for two globs, with the visited states in a flat array instead of a
 * set of tuples: the analysis asks this of every Resource entry and ARN template it meets.
 * Exact; undefined when the pair is too large for its marks.
 */
function pairReachable(a: Glob, b: Glob): boolean | undefined {
  const x = a.tokens;
  const y = b.tokens;
  const width = y.length + 1;
  const states = (x.length + 1) * width;
  if (states > PAIR_STATE_LIMIT) return undefined;
  const seen = new Uint8Array(states);
  const stack: number[] = [0];
  seen[0] = 1;
  const push = (i: number, j: number) => {
    const code = i * width + j;
    if (seen[code] === 0) {
      seen[code] = 1;
      stack.push(code);
    }
  };
  while (stack.length > 0) {
    const code = stack.pop() as number;
    const i = Math.floor(code / width);
    const j = code - i * width;
    if (i === x.length && j === y.length) return true;
    const s = x[i];
    const t = y[j];
    if (s !== undefined && isStar(s)) push(i + 1, j);
    if (t !== undefined && isStar(t)) push(i, j + 1);
    // Consume one character: the literal either expects, or one neither names.
    if (s === undefined || t === undefined || (isStar(s) && isStar(t))) continue;
    if (s >= 0 && t >= 0 && s !== t) continue;
    const char = s >= 0 ? s : t >= 0 ? t : FRESH;
    if (accepts(s, char) && accepts(t, char)) push(isStar(s) ? i : i + 1, isStar(t) ? j : j + 1);
  }
  return false;
}

/**
 * Intersection emptiness on the product of the globs' (non-deterministic) automata: from a
 * tuple of positions, a glob at a star may skip it; otherwise all consume one character —
 * the literal one of them expects (which all others must accept), or, when none expects a
 * literal, one character no glob names (every star and `?` accepts it). Consuming while every
 * glob sits on a star leads nowhere new, so it is skipped. Exact, and far cheaper than the
 * determinised search. Undefined past the state limit.
 */
function productReachable(globs: readonly Glob[]): boolean | undefined {
  const sizes = globs.map((glob) => glob.tokens.length + 1);
  const encode = (tuple: readonly number[]) => {
    let code = 0;
    for (let g = 0; g < tuple.length; g++) code = code * (sizes[g] as number) + (tuple[g] as number);
    return code;
  };
  const seen = new Set<number>();
  const stack: number[][] = [globs.map(() => 0)];
  seen.add(0);
  const push = (next: number[]) => {
    const code = encode(next);
    if (seen.has(code)) return;
    seen.add(code);
    stack.push(next);
  };
  while (stack.length > 0) {
    const tuple = stack.pop() as number[];
    if (tuple.every((at, g) => at === (globs[g] as Glob).tokens.length)) return true;
    if (seen.size > STATE_LIMIT) return undefined;
    let literal = -1;
    let allStars = true;
    let blocked = false;
    for (let g = 0; g < globs.length; g++) {
      const token = (globs[g] as Glob).tokens[tuple[g] as number];
      if (token === undefined) {
        blocked = true;
        continue;
      }
      if (isStar(token)) {
        const next = [...tuple];
        next[g] = (tuple[g] as number) + 1;
        push(next);
        continue;
      }
      allStars = false;
      if (token >= 0) {
        if (literal >= 0 && literal !== token) blocked = true;
        literal = token;
      }
    }
    if (blocked || allStars) continue;
    const char = literal >= 0 ? literal : FRESH;
    const next: number[] = [];
    for (let g = 0; g < globs.length && !blocked; g++) {
      const at = tuple[g] as number;
      const token = (globs[g] as Glob).tokens[at] as number;
      if (!accepts(token, char)) blocked = true;
      next.push(isStar(token) ? at : at + 1);
    }
    if (!blocked) push(next);
  }
  return false;
}

/**
 * Whether the globs' literal beginnings (up to each one's first wildcard) disagree, so that
 * no string matches them all: a quick answer for the common case of different services.
 */
function prefixesClash(globs: readonly Glob[]): boolean {
  for (let at = 0; ; at++) {
    let char = -1;
    let open = 0;
    for (const glob of globs) {
      const token = glob.tokens[at];
      if (token === undefined || token < 0) continue;
      open++;
      if (char < 0) char = token;
      else if (token !== char) return true;
    }
    // Stop once any glob reaches a wildcard or its end: past that, positions no longer align.
    if (open < globs.length) return false;
  }
}

const tails = new WeakMap<Glob, readonly [number, number][]>();

/**
 * The segments (token ranges between literal `:`s) at the end of a glob that every string it
 * matches ends with: all of them when the glob has no `:`-crossing star, else those after the
 * first `:` that follows the last such star. A string's last k segments then match the glob's
 * last k segments one by one.
 */
function trailingSegments(glob: Glob): readonly [number, number][] {
  let segments = tails.get(glob);
  if (segments === undefined) {
    segments = findTrailingSegments(glob.tokens);
    tails.set(glob, segments);
  }
  return segments;
}

function findTrailingSegments(tokens: Int32Array): [number, number][] {
  let from = tokens.lastIndexOf(TOKEN.starAny) + 1;
  if (from > 0) {
    const colon = tokens.indexOf(COLON, from);
    if (colon < 0) return [];
    from = colon + 1;
  }
  const segments: [number, number][] = [];
  for (let at = from; ;) {
    const colon = tokens.indexOf(COLON, at);
    const end = colon < 0 ? tokens.length : colon;
    segments.push([at, end]);
    if (colon < 0) return segments;
    at = colon + 1;
  }
}

/**
 * Whether two aligned segments (no `:` inside) can match no common text, judged by their
 * literal ends. `complete`: both ranges are whole segments; otherwise one stops at a
 * `:`-crossing star, and only the literal beginnings can be compared.
 */
function segmentsClash(
  a: Int32Array,
  [aFrom, aTo]: readonly [number, number],
  b: Int32Array,
  [bFrom, bTo]: readonly [number, number],
  complete = true,
): boolean {
  let i = aFrom;
  let j = bFrom;
  for (; i < aTo && j < bTo; i++, j++) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < 0 || y < 0) break;
    if (x !== y) return true;
  }
  if (!complete) return false;
  // One ended while the other was still literal: the other's rest must be able to match nothing.
  if ((i === aTo) !== (j === bTo)) {
    const rest = i === aTo ? b.subarray(j, bTo) : a.subarray(i, aTo);
    if (rest.some((token) => !isStar(token))) return true;
  }
  for (i = aTo - 1, j = bTo - 1; i >= aFrom && j >= bFrom; i--, j--) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < 0 || y < 0) return false;
    if (x !== y) return true;
  }
  return false;
}

const heads = new WeakMap<Glob, readonly Segment[]>();

/** A token range of a glob between literal `:`s; `complete` unless it stops at a `:`-crossing star. */
interface Segment {
  readonly range: readonly [number, number];
  readonly complete: boolean;
}

/**
 * The segments at the start of a glob that every string it matches starts with, up to its
 * first `:`-crossing star: the segment holding that star is the last, cut before it. A
 * string's first k segments line up with them, since nothing before can produce a `:`.
 */
function leadingSegments(glob: Glob): readonly Segment[] {
  let segments = heads.get(glob);
  if (segments === undefined) {
    const tokens = glob.tokens;
    const crossing = tokens.indexOf(TOKEN.starAny);
    const stop = crossing < 0 ? tokens.length : crossing;
    const found: Segment[] = [];
    for (let at = 0; ;) {
      const colon = tokens.subarray(0, stop).indexOf(COLON, at);
      if (colon < 0) {
        found.push({ range: [at, stop], complete: crossing < 0 });
        break;
      }
      found.push({ range: [at, colon], complete: true });
      at = colon + 1;
    }
    segments = found;
    heads.set(glob, segments);
  }
  return segments;
}

/**
 * Whether the globs' first segments rule out a common string: ARNs of another service, Region,
 * account or resource type (`…:us-east-1:…:thing-1/*` against `…:${Region}:…:instance/…`),
 * where the literal beginnings alone stop at the first `*`.
 */
function headsClash(globs: readonly Glob[]): boolean {
  const starts = globs.map(leadingSegments);
  for (let a = 0; a < globs.length; a++) {
    for (let b = a + 1; b < globs.length; b++) {
      const left = starts[a] as readonly Segment[];
      const right = starts[b] as readonly Segment[];
      for (let k = 0; k < left.length && k < right.length; k++) {
        const x = left[k] as Segment;
        const y = right[k] as Segment;
        const tokensA = (globs[a] as Glob).tokens;
        const tokensB = (globs[b] as Glob).tokens;
        if (segmentsClash(tokensA, x.range, tokensB, y.range, x.complete && y.complete)) return true;
      }
    }
  }
  return false;
}

/**
 * Whether `inner` matches a string that `outer` cannot, judged on its first segments (as
 * {@link tailsEscape} does on the last ones).
 */
function headsEscape(inner: Glob, outer: Glob): boolean {
  const ours = leadingSegments(inner);
  const theirs = leadingSegments(outer);
  for (let k = 0; k < ours.length && k < theirs.length; k++) {
    const segment = ours[k] as Segment;
    const bound = theirs[k] as Segment;
    const t = inner.tokens.subarray(segment.range[0], segment.range[1]);
    const p = outer.tokens.subarray(bound.range[0], bound.range[1]);
    if (segmentEscapes(t, p, segment.complete && bound.complete)) return true;
  }
  return false;
}

/**
 * Whether the globs' last segments rule out a common string: the cheap answer for ARNs of
 * different resource types (`…:instance/i-1` against `…:volume/${VolumeId}`), which the
 * literal beginnings cannot tell apart once a `*` spans the Region or account.
 */
function tailsClash(globs: readonly Glob[]): boolean {
  const ends = globs.map(trailingSegments);
  for (let a = 0; a < globs.length; a++) {
    for (let b = a + 1; b < globs.length; b++) {
      const left = ends[a] as readonly [number, number][];
      const right = ends[b] as readonly [number, number][];
      for (let k = 1; k <= left.length && k <= right.length; k++) {
        const x = left[left.length - k] as [number, number];
        const y = right[right.length - k] as [number, number];
        if (segmentsClash((globs[a] as Glob).tokens, x, (globs[b] as Glob).tokens, y)) return true;
      }
    }
  }
  return false;
}

/**
 * Whether `inner` matches a string that `outer` cannot, judged on one pair of aligned last
 * segments: where `outer` needs a literal at a fixed offset from the segment's start (or end)
 * and `inner` may put another character there, or `outer` fixes the segment's length and
 * `inner` need not keep it. A quick, sound "not contained" for ARNs of other resource types.
 */
function tailsEscape(inner: Glob, outer: Glob): boolean {
  const ours = trailingSegments(inner);
  const theirs = trailingSegments(outer);
  for (let k = 1; k <= ours.length && k <= theirs.length; k++) {
    const segment = ours[ours.length - k] as [number, number];
    const bound = theirs[theirs.length - k] as [number, number];
    const t = inner.tokens.subarray(segment[0], segment[1]);
    const p = outer.tokens.subarray(bound[0], bound[1]);
    if (segmentEscapes(t, p) || segmentEscapes(t.slice().reverse(), p.slice().reverse())) return true;
  }
  return false;
}

/**
 * {@link tailsEscape} for one aligned segment pair, read from the start. `complete`: both are
 * whole segments (else only offsets before the cut are judged).
 */
function segmentEscapes(t: Int32Array, p: Int32Array, complete = true): boolean {
  let o = 0;
  for (; o < p.length && o < t.length; o++) {
    const want = p[o] as number;
    const have = t[o] as number;
    if (isStar(want)) return false;
    if (want >= 0) {
      // `inner` has another literal here, or a wildcard that can be another character.
      if (have !== want) return true;
    } else if (isStar(have)) return false;
  }
  if (!complete) return false;
  // `outer` fixes the segment's length here; `inner` can be longer, or is shorter for sure.
  if (o === p.length) return o < t.length;
  return !t.some(isStar) && p.subarray(o).some((token) => !isStar(token));
}

/** The glob that matches everything; appended so that intersect searches never need a subset slot. */
const ANY: Glob = { source: '\u0000any', tokens: Int32Array.of(TOKEN.starAny), approximate: false };

/**
 * A string matched by every glob, or null when there is none (or the search gave up); every
 * character the globs leave free is written as `fill` (which must not be `:`).
 */
export function globsWitness(globs: readonly Glob[], fill = 'x'): string | null {
  const all = [...globs, ANY];
  const path = search(all, (tuple) => tuple.every((state, g) => isFinal((all[g] as Glob).tokens, state)));
  if (path === null || path === undefined) return null;
  return path.map((char) => (char === FRESH ? fill : String.fromCharCode(char))).join('');
}
