/**
 * The two simulations of a glob's automaton that the matcher (`glob.ts`) runs over the part of
 * a text between the pattern's literal head and tail. States are positions in the tokens
 * (state i: the first i tokens matched); a star's state also reaches the next one without
 * consuming, and star runs are merged, so one step of that closure suffices. Neither ever
 * backtracks: each character is read once, against the set of live states.
 *
 * - {@link BitAutomaton}: the set is one 32-bit word, updated by a few bitwise operations per
 *   character (patterns of up to {@link WORD_TOKENS} tokens: nearly all of them).
 * - {@link ListAutomaton}: the set is a list of live states, for longer patterns; each
 *   character costs one step per live state.
 */

import { foldCase, GLOB_TOKEN, isStarToken } from './globTokens';

const COLON = 58;

/** Longest token range the one-word simulation takes (its states are bits 0…length). */
export const WORD_TOKENS = 30;

/** Counts the steps of every run, for `globStepCount`. */
export interface StepMeter {
  steps: number;
}

/** A compiled token range, run over `text[from, to)`. */
export interface Automaton {
  run(text: string, from: number, to: number, meter: StepMeter): boolean;
}

/** Bit masks of the states whose token is of each kind. */
function maskOf(tokens: Int32Array, kind: number): number {
  let mask = 0;
  tokens.forEach((token, state) => {
    if (token === kind) mask |= 1 << state;
  });
  return mask;
}

/**
 * The state set as bits of one word: per character, the states whose token accepts it move on
 * (`advance`) or stay (a star), then stars let their next state in. Literal masks by character
 * code: a table for ASCII, a map for the rest.
 */
export class BitAutomaton implements Automaton {
  private readonly ascii = new Int32Array(128);
  private readonly others = new Map<number, number>();
  private readonly oneAny: number;
  private readonly oneSegment: number;
  private readonly starAny: number;
  private readonly starSegment: number;
  private readonly stars: number;
  private readonly final: number;
  /** The state of a final `*`, which accepts whatever remains (0 when the pattern has none). */
  private readonly acceptsRest: number;

  /** @param tokens - at most {@link WORD_TOKENS} tokens, literals already folded if `ignoreCase`. */
  constructor(
    tokens: Int32Array,
    private readonly ignoreCase: boolean,
  ) {
    tokens.forEach((token, state) => {
      if (token < 0) return;
      if (token < 128) this.ascii[token] = (this.ascii[token] as number) | (1 << state);
      else this.others.set(token, (this.others.get(token) ?? 0) | (1 << state));
    });
    this.oneAny = maskOf(tokens, GLOB_TOKEN.oneAny);
    this.oneSegment = maskOf(tokens, GLOB_TOKEN.oneSegment);
    this.starAny = maskOf(tokens, GLOB_TOKEN.starAny);
    this.starSegment = maskOf(tokens, GLOB_TOKEN.starSegment);
    this.stars = this.starAny | this.starSegment;
    this.final = 1 << tokens.length;
    const last = tokens.length - 1;
    this.acceptsRest = last >= 0 && tokens[last] === GLOB_TOKEN.starAny ? 1 << last : 0;
  }

  run(text: string, from: number, to: number, meter: StepMeter): boolean {
    const { ascii, others, oneAny, oneSegment, starAny, starSegment, stars, acceptsRest, ignoreCase } = this;
    let live = 1 | ((1 & stars) << 1);
    meter.steps += 1;
    for (let i = from; i < to; i++) {
      if ((live & acceptsRest) !== 0) return true;
      meter.steps++;
      const raw = text.charCodeAt(i);
      const code = ignoreCase ? foldCase(raw) : raw;
      const literal = code < 128 ? (ascii[code] as number) : (others.get(code) ?? 0);
      const advance = raw === COLON ? literal | oneAny : literal | oneAny | oneSegment;
      const stay = raw === COLON ? starAny : starAny | starSegment;
      live = ((live & advance) << 1) | (live & stay);
      live |= (live & stars) << 1;
      if (live === 0) return false;
    }
    return (live & this.final) !== 0;
  }
}

// Marks compare against a generation number; start again well before it outgrows an Int32.
const GENERATION_LIMIT = 0x3fff_ffff;

/** The state set as a list of live states, de-duplicated by generation marks. */
export class ListAutomaton implements Automaton {
  private current: Int32Array;
  private next: Int32Array;
  private readonly marks: Int32Array;
  private generation = 0;

  constructor(
    private readonly tokens: Int32Array,
    private readonly ignoreCase: boolean,
  ) {
    const states = tokens.length + 1;
    this.current = new Int32Array(states);
    this.next = new Int32Array(states);
    this.marks = new Int32Array(states);
  }

  /** Adds `state` (and, after a star, the state that follows it) to `list`; returns its size. */
  private enter(list: Int32Array, size: number, state: number): number {
    const { tokens, marks, generation } = this;
    if (marks[state] === generation) return size;
    marks[state] = generation;
    list[size++] = state;
    if (state < tokens.length && isStarToken(tokens[state] as number) && marks[state + 1] !== generation) {
      marks[state + 1] = generation;
      list[size++] = state + 1;
    }
    return size;
  }

  run(text: string, from: number, to: number, meter: StepMeter): boolean {
    const { tokens, ignoreCase } = this;
    const last = tokens.length;
    const acceptsRest = last > 0 && tokens[last - 1] === GLOB_TOKEN.starAny ? last - 1 : -1;
    if (this.generation > GENERATION_LIMIT - (to - from)) {
      this.marks.fill(0);
      this.generation = 0;
    }
    let current = this.current;
    let next = this.next;
    this.generation++;
    let size = this.enter(current, 0, 0);
    meter.steps += 1;
    for (let i = from; i < to; i++) {
      const raw = text.charCodeAt(i);
      const code = ignoreCase ? foldCase(raw) : raw;
      this.generation++;
      let nextSize = 0;
      for (let s = 0; s < size; s++) {
        const state = current[s] as number;
        meter.steps++;
        if (state === acceptsRest) return true;
        if (state === last) continue;
        const token = tokens[state] as number;
        if (token >= 0) {
          if (token === code) nextSize = this.enter(next, nextSize, state + 1);
        } else if (token === GLOB_TOKEN.starAny) nextSize = this.enter(next, nextSize, state);
        else if (token === GLOB_TOKEN.oneAny) nextSize = this.enter(next, nextSize, state + 1);
        else if (raw !== COLON) {
          nextSize = this.enter(next, nextSize, token === GLOB_TOKEN.starSegment ? state : state + 1);
        }
      }
      if (nextSize === 0) return false;
      const swap = current;
      current = next;
      next = swap;
      size = nextSize;
    }
    for (let s = 0; s < size; s++) if (current[s] === last) return true;
    return false;
  }
}
