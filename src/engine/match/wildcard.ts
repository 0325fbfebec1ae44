/**
 * Plain IAM globs: `*` is any run of characters (possibly empty, line breaks included), `?`
 * exactly one character, everything else literal. Used by actions, `StringLike`, the ARN
 * condition operators, catalog lookups and the actions-table search; resources have their own
 * segment-aware variant in `resource.ts`. Both run on the linear matcher of `glob.ts`.
 */
import { BoundedCache } from './cache';
import { globProgram, pushLiteral, pushPlainGlob, runGlob } from './glob';
import type { PatternPiece } from './variables';

/** A compiled matcher for one pattern. */
export type TextMatcher = (text: string) => boolean;

const ALWAYS: TextMatcher = () => true;

/** True when `text` contains a glob wildcard (`*` or `?`). */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** A matcher running `tokens` on the linear glob matcher. */
export function tokensMatcher(tokens: readonly number[], ignoreCase: boolean): TextMatcher {
  const program = globProgram(tokens, ignoreCase);
  return (text) => runGlob(program, text);
}

function compileGlob(pattern: string, ignoreCase: boolean): TextMatcher {
  if (pattern === '*') return ALWAYS;
  if (!hasWildcard(pattern)) {
    if (!ignoreCase) return (text) => text === pattern;
    const lower = pattern.toLowerCase();
    return (text) => text.length === pattern.length && text.toLowerCase() === lower;
  }
  const tokens: number[] = [];
  pushPlainGlob(tokens, pattern);
  return tokensMatcher(tokens, ignoreCase);
}

const CACHE_LIMIT = 20_000;
const exactCache = new BoundedCache<TextMatcher>(CACHE_LIMIT);
const foldedCache = new BoundedCache<TextMatcher>(CACHE_LIMIT);

/**
 * Compiles an IAM glob (`*` any run, `?` one char; everything else literal) into a cached
 * matcher, anchored at both ends. `ignoreCase` compares letters as a case-insensitive
 * regular expression would (see `foldCase` in `glob.ts`).
 */
export function globMatcher(pattern: string, ignoreCase: boolean): TextMatcher {
  return ignoreCase
    ? foldedCache.get(pattern, (p) => compileGlob(p, true))
    : exactCache.get(pattern, (p) => compileGlob(p, false));
}

/** A cache key that tells pieces apart by kind and length, so no two piece lists share one. */
export function piecesKey(pieces: readonly PatternPiece[]): string {
  let key = '';
  for (const piece of pieces) key += `${piece.literal ? 'l' : 'g'}${piece.text.length}:${piece.text}`;
  return key;
}

const piecesCache = new BoundedCache<TextMatcher>(CACHE_LIMIT);

/**
 * Compiles a pattern whose policy variables were substituted: `literal` pieces match
 * themselves even when they contain `*` or `?`; the others are globs. Cached by the pieces,
 * so repeated substitutions with the same values compile once.
 */
export function piecesMatcher(pieces: readonly PatternPiece[], ignoreCase: boolean): TextMatcher {
  return piecesCache.get((ignoreCase ? 'i' : 's') + piecesKey(pieces), () => {
    const tokens: number[] = [];
    for (const piece of pieces) {
      if (piece.literal) pushLiteral(tokens, piece.text);
      else pushPlainGlob(tokens, piece.text);
    }
    return tokensMatcher(tokens, ignoreCase);
  });
}
