/**
 * The one glob matcher of the product: every IAM pattern with `*` and `?` (actions, NotAction,
 * resources, `StringLike`/`ArnLike` values, catalog lookups, the actions-table search) is
 * compiled to tokens (`globTokens.ts`) and run here. The literal head and tail of a pattern are
 * compared directly; the part between runs on an automaton (`globAutomata.ts`) that reads each
 * character once against the set of live states. A run costs at most
 * (|text| + 1) · (|pattern| + 1) steps whatever the pattern: a backtracking regular expression
 * takes O(|text|^k) for k stars, and policy text, links and the search box are all user input.
 */

import { BitAutomaton, ListAutomaton, WORD_TOKENS, type Automaton, type StepMeter } from './globAutomata';
import { foldCase } from './globTokens';

export {
  foldCase,
  GLOB_TOKEN,
  isStarToken,
  pushGlobToken,
  pushLiteral,
  pushPlainGlob,
  pushResourceGlob,
} from './globTokens';

/** A compiled glob, ready to run against any number of texts. */
export interface GlobProgram {
  /** Tokens, with runs of stars merged; literals folded when `ignoreCase`. */
  readonly tokens: Int32Array;
  /** Whether letters compare case-insensitively. */
  readonly ignoreCase: boolean;
  /** Leading literal tokens, compared directly. */
  readonly head: number;
  /** Trailing literal tokens after the last wildcard, compared directly (0 without wildcards). */
  readonly tail: number;
  /** The tokens between head and tail. */
  readonly core: Automaton;
}

/** Compiles tokens (from the `push…` builders of `globTokens.ts`) into a program. */
export function globProgram(tokens: readonly number[], ignoreCase: boolean): GlobProgram {
  const compiled = Int32Array.from(tokens, (token) => (ignoreCase && token >= 0 ? foldCase(token) : token));
  let head = 0;
  while (head < compiled.length && (compiled[head] as number) >= 0) head++;
  let tail = 0;
  if (head < compiled.length) while ((compiled[compiled.length - 1 - tail] as number) >= 0) tail++;
  const core = compiled.subarray(head, compiled.length - tail);
  return {
    tokens: compiled,
    ignoreCase,
    head,
    tail,
    core:
      core.length <= WORD_TOKENS ? new BitAutomaton(core, ignoreCase) : new ListAutomaton(core, ignoreCase),
  };
}

const meter: StepMeter = { steps: 0 };

/**
 * Steps taken by every {@link runGlob} so far: one per character compared in a literal head
 * or tail, one to start the automaton and one per character it reads (per live state, for
 * patterns longer than a word). A run over `text` with `pattern` adds at most
 * (|text| + 1) · (|pattern| + 1), so tests can prove a whole evaluation linear in
 * text × pattern without timing it.
 */
export function globStepCount(): number {
  return meter.steps;
}

/** Whether code units `from…` of `text` equal `count` literal tokens from `at` (folded if asked). */
function literalsMatch(program: GlobProgram, text: string, from: number, at: number, count: number): boolean {
  const { tokens, ignoreCase } = program;
  for (let k = 0; k < count; k++) {
    meter.steps++;
    const raw = text.charCodeAt(from + k);
    if ((ignoreCase ? foldCase(raw) : raw) !== tokens[at + k]) return false;
  }
  return true;
}

/** Whether the whole of `text` matches the program (anchored at both ends). */
export function runGlob(program: GlobProgram, text: string): boolean {
  const { tokens, head, tail } = program;
  const end = text.length - tail;
  if (end < head) {
    meter.steps++;
    return false;
  }
  return (
    literalsMatch(program, text, 0, 0, head) &&
    literalsMatch(program, text, end, tokens.length - tail, tail) &&
    program.core.run(text, head, end, meter)
  );
}
