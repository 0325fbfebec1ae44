import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { foldCase, globProgram, globStepCount, pushPlainGlob, pushResourceGlob, runGlob } from './glob';
import { resourceMatches, resourcePatternTokens } from './resource';
import type { PatternPiece } from './variables';
import { globMatcher, piecesMatcher } from './wildcard';

// The RegExp translations the product used before the linear matcher, kept only here as the
// oracle: on ordinary inputs the new matcher must answer exactly as they did.
const SPECIAL_CHARS = '.*+?^${}()|[]\\/-';
const escapeChar = (char: string) => (SPECIAL_CHARS.includes(char) ? `\\${char}` : char);
const escapeText = (text: string) => [...text].map(escapeChar).join('');
function oldGlobSource(pattern: string): string {
  let source = '';
  for (const char of pattern) source += char === '*' ? '.*' : char === '?' ? '.' : escapeChar(char);
  return source;
}
/** The former `globMatcher`: `*` alone and wildcard-free patterns never reached a RegExp. */
function oldGlob(p: string, ignoreCase: boolean): (t: string) => boolean {
  if (p === '*') return () => true;
  if (!p.includes('*') && !p.includes('?')) {
    if (!ignoreCase) return (t) => t === p;
    return (t) => t.length === p.length && t.toLowerCase() === p.toLowerCase();
  }
  const regexp = new RegExp(`^${oldGlobSource(p)}$`, ignoreCase ? 'is' : 's');
  return (t) => regexp.test(t);
}
const oldPieces = (pieces: readonly PatternPiece[], ignoreCase: boolean) =>
  new RegExp(
    `^${pieces.map((p) => (p.literal ? escapeText(p.text) : oldGlobSource(p.text))).join('')}$`,
    ignoreCase ? 'is' : 's',
  );
function oldResourceSource(pieces: readonly PatternPiece[]): string {
  let source = '';
  pieces.forEach((piece, p) => {
    if (piece.literal) {
      source += escapeText(piece.text);
      return;
    }
    const next = pieces.slice(p + 1).find((q) => q.text.length > 0);
    const segmentEndFollows = next === undefined || next.text[0] === ':';
    for (let i = 0; i < piece.text.length; i++) {
      const char = piece.text[i] as string;
      if (char === '*') {
        const ends = i + 1 < piece.text.length ? piece.text[i + 1] === ':' : segmentEndFollows;
        source += ends ? '.*' : '[^:]*';
      } else source += char === '?' ? '[^:]' : escapeChar(char);
    }
  });
  return source;
}

/**
 * Texts and patterns over a small alphabet, so that they collide often: letters in both
 * cases, `:` and `/`, RegExp metacharacters, a line break, and characters whose case folding
 * is irregular (ß, the long s ſ, the Kelvin sign, dotted İ, é).
 */
const CHARS = ['a', 'A', 'b', 'B', 's', 'S', 'k', 'K', ':', '/', '.', '$', '(', '[', '\\', '-', '\n'];
const IRREGULAR = ['ß', 'ſ', '\u212a', 'İ', 'é', 'É'];
const char = fc.constantFrom(...CHARS, ...IRREGULAR);
const text = fc.array(char, { maxLength: 10 }).map((chars) => chars.join(''));
const pattern = fc
  .array(fc.oneof(char, fc.constantFrom('*', '?', '*', '?')), { maxLength: 8 })
  .map((c) => c.join(''));
const pieces = fc.array(fc.record({ text: fc.oneof(pattern, text), literal: fc.boolean() }), {
  minLength: 1,
  maxLength: 3,
});

describe('the linear glob matcher agrees with the former RegExp translation', () => {
  it('property: plain globs (actions, StringLike), with and without case folding', () => {
    fc.assert(
      fc.property(pattern, text, fc.boolean(), (p, t, ignoreCase) => {
        expect(globMatcher(p, ignoreCase)(t)).toBe(oldGlob(p, ignoreCase)(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('property: a text that is an instance of the pattern matches, as it did', () => {
    // Random texts rarely match long patterns: build matching ones too.
    const instance = pattern.chain((p) =>
      fc
        .tuple(...[...p].map((c) => (c === '*' ? text : c === '?' ? char : fc.constant(c))))
        .map((parts) => [p, parts.join('')] as const),
    );
    fc.assert(
      fc.property(instance, fc.boolean(), ([p, t], ignoreCase) => {
        expect(oldGlob(p, ignoreCase)(t)).toBe(true);
        expect(globMatcher(p, ignoreCase)(t)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: patterns longer than a machine word (the state-list automaton) agree too', () => {
    // Thirty-one leading `?` keep the pattern's core past one word; they eat the padding.
    const padding = 'x'.repeat(31);
    fc.assert(
      fc.property(pattern, text, fc.boolean(), (p, t, ignoreCase) => {
        const long = `${'?'.repeat(31)}${p}`;
        expect(globMatcher(long, ignoreCase)(padding + t)).toBe(oldGlob(p, ignoreCase)(t));
        const { steps } = stepsFor(plainTokens(long), padding + t, ignoreCase);
        expect(steps).toBeLessThanOrEqual((padding.length + t.length + 1) * (long.length + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: substituted pieces (literal values never act as wildcards)', () => {
    fc.assert(
      fc.property(pieces, text, fc.boolean(), (list, t, ignoreCase) => {
        expect(piecesMatcher(list, ignoreCase)(t)).toBe(oldPieces(list, ignoreCase).test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('property: segment-aware resources, plain and with substituted pieces', () => {
    fc.assert(
      fc.property(pieces, text, (list, t) => {
        const expected = new RegExp(`^${oldResourceSource(list)}$`, 's').test(t);
        expect(runGlob(globProgram(resourcePatternTokens(list), false), t)).toBe(expected);
        // Past one machine word: thirty-one leading `?` (one non-`:` character each).
        const long = resourcePatternTokens([{ text: '?'.repeat(31), literal: false }, ...list]);
        expect(runGlob(globProgram(long, false), `${'x'.repeat(31)}${t}`)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        if (p === '*' || t === '*') return;
        const expected = new RegExp(`^${oldResourceSource([{ text: p, literal: false }])}$`, 's').test(t);
        expect(resourceMatches(p, t, false, new Map()).matched).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: folds case exactly as a case-insensitive RegExp does', () => {
    // Two characters match under /i exactly when they fold to the same code unit. Code units
    // are drawn from everywhere, and from the ones whose case mappings are irregular.
    const irregular = [...IRREGULAR, 'ı', 'ẞ', 'Å', 'Ω', 'ῼ', 'ﬀ', 'ǅ', 'µ', 'ÿ', 'Ÿ'].map((c) =>
      c.charCodeAt(0),
    );
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.constantFrom(...irregular),
      fc.integer({ min: 0, max: 0x24f }),
    );
    fc.assert(
      fc.property(unit, unit, (x, y) => {
        const regexp = new RegExp(`^${escapeChar(String.fromCharCode(x))}$`, 'i');
        expect(regexp.test(String.fromCharCode(y))).toBe(foldCase(x) === foldCase(y));
      }),
      { numRuns: 5000 },
    );
    expect(foldCase('ſ'.charCodeAt(0))).not.toBe(foldCase('s'.charCodeAt(0)));
    expect(foldCase('\u212a'.charCodeAt(0))).not.toBe(foldCase('k'.charCodeAt(0)));
    expect(foldCase('é'.charCodeAt(0))).toBe(foldCase('É'.charCodeAt(0)));
  });
});

/** Steps the matcher takes to run `tokens` over `subject`. */
function stepsFor(
  tokens: readonly number[],
  subject: string,
  ignoreCase = false,
): { matched: boolean; steps: number } {
  const program = globProgram(tokens, ignoreCase);
  const before = globStepCount();
  const matched = runGlob(program, subject);
  return { matched, steps: globStepCount() - before };
}

const plainTokens = (p: string) => {
  const tokens: number[] = [];
  pushPlainGlob(tokens, p);
  return tokens;
};

describe('the matcher is linear in text × pattern', () => {
  it('property: a run takes at most (|text| + 1) · (|pattern| + 1) steps', () => {
    fc.assert(
      fc.property(pattern, text, fc.boolean(), (p, t, ignoreCase) => {
        const { steps } = stepsFor(plainTokens(p), t, ignoreCase);
        expect(steps).toBeGreaterThan(0);
        expect(steps).toBeLessThanOrEqual((t.length + 1) * (p.length + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches `ec2:?*?*…?*Q` against a long action name within the bound', () => {
    const p = `ec2:${'?*'.repeat(13)}Q`;
    const name = 'ec2:DescribeInstanceCreditSpecifications';
    const { matched, steps } = stepsFor(plainTokens(p.toLowerCase()), name.toLowerCase());
    expect(matched).toBe(false);
    expect(steps).toBeLessThanOrEqual((name.length + 1) * (p.length + 1));
    expect(globMatcher(p, true)(name)).toBe(false);
    expect(globMatcher(p.replace(/Q$/, 's'), true)(name)).toBe(true);
  });

  it('matches `arn:aws:s3:::*a*a*…*c` against a 5,000-character resource within the bound', () => {
    const p = `arn:aws:s3:::${'*a'.repeat(12)}*c`;
    const resource = `arn:aws:s3:::${'a'.repeat(5000 - 'arn:aws:s3:::'.length)}`;
    const tokens: number[] = [];
    pushResourceGlob(tokens, p, true);
    const { matched, steps } = stepsFor(tokens, resource);
    expect(matched).toBe(false);
    expect(steps).toBeLessThanOrEqual((resource.length + 1) * (p.length + 1));
    expect(resourceMatches(p, resource, false, new Map()).matched).toBe(false);
    expect(resourceMatches(p, `${resource}c`, false, new Map()).matched).toBe(true);
    // Ending in `c` with too few `a`s, the automaton reads every character, still in bound.
    const tooFew = `arn:aws:s3:::${'a'.repeat(11).padEnd(5000 - 13 - 1, 'b')}c`;
    const full = stepsFor(tokens, tooFew);
    expect(full.matched).toBe(false);
    expect(full.steps).toBeGreaterThan(tooFew.length - 14);
    expect(full.steps).toBeLessThanOrEqual((tooFew.length + 1) * (p.length + 1));
    // Past one machine word (the state-list automaton): twenty `*a`.
    const longer = `arn:aws:s3:::${'*a'.repeat(20)}*c`;
    const longTokens: number[] = [];
    pushResourceGlob(longTokens, longer, true);
    const list = stepsFor(longTokens, tooFew);
    expect(list.matched).toBe(false);
    expect(list.steps).toBeLessThanOrEqual((tooFew.length + 1) * (longer.length + 1));
  });

  it('matches StringLike `*a*a*a*b` against 500 characters within the bound', () => {
    const value = 'a'.repeat(500);
    const { matched, steps } = stepsFor(plainTokens('*a*a*a*b'), value);
    expect(matched).toBe(false);
    expect(steps).toBeLessThanOrEqual((value.length + 1) * ('*a*a*a*b'.length + 1));
  });

  it('stops at the first character a pattern without wildcards does not match', () => {
    expect(stepsFor(plainTokens('abc'), 'x'.repeat(1000)).steps).toBe(1);
    expect(stepsFor(plainTokens('abc*'), 'abx'.repeat(1000)).steps).toBe(3);
  });
});
