/**
 * IAM glob matching: `*` is any run of characters (possibly empty), `?` exactly one
 * character, everything else literal. Used by actions, `StringLike` and the ARN condition
 * operators; resources have their own segment-aware variant in `resource.ts`.
 */
import { BoundedCache } from './cache';
import type { PatternPiece } from './variables';

/** A compiled matcher for one pattern. */
export type TextMatcher = (text: string) => boolean;

const ALWAYS: TextMatcher = () => true;
const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

/** Escapes `text` so that it matches itself inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(REGEXP_SPECIAL, '\\$&');
}

/** True when `text` contains a glob wildcard (`*` or `?`). */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

const SPECIAL_CHARS = '.*+?^${}()|[]\\/-';

/** Escapes one character for a regular expression (cheaper than `escapeRegExp` per char). */
export function escapeChar(char: string): string {
  return SPECIAL_CHARS.includes(char) ? `\\${char}` : char;
}

/** Regular-expression source (unanchored) for a glob; `*` and `?` may match any character. */
export function globSource(pattern: string): string {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += escapeChar(char);
  }
  return source;
}

function compileRegExp(source: string, ignoreCase: boolean): TextMatcher {
  // `s`: `.` must also match line breaks, which IAM values may contain.
  const regexp = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
  return (text) => regexp.test(text);
}

function compileGlob(pattern: string, ignoreCase: boolean): TextMatcher {
  if (pattern === '*') return ALWAYS;
  if (!hasWildcard(pattern)) {
    if (!ignoreCase) return (text) => text === pattern;
    const lower = pattern.toLowerCase();
    return (text) => text.length === pattern.length && text.toLowerCase() === lower;
  }
  return compileRegExp(globSource(pattern), ignoreCase);
}

const CACHE_LIMIT = 20_000;
const exactCache = new BoundedCache<TextMatcher>(CACHE_LIMIT);
const foldedCache = new BoundedCache<TextMatcher>(CACHE_LIMIT);

/** Compiles an IAM glob (`*` any run, `?` one char; everything else literal) into a cached matcher. */
export function globMatcher(pattern: string, ignoreCase: boolean): (text: string) => boolean {
  return ignoreCase
    ? foldedCache.get(pattern, (p) => compileGlob(p, true))
    : exactCache.get(pattern, (p) => compileGlob(p, false));
}

const piecesCache = new BoundedCache<TextMatcher>(CACHE_LIMIT);
// The glob parts come from policy text and repeat across requests: translate each once.
const globSources = new BoundedCache<string>(CACHE_LIMIT);

/**
 * Compiles a pattern whose policy variables were substituted: `literal` pieces match
 * themselves even when they contain `*` or `?`; the others are globs. Cached by the
 * generated expression, so repeated substitutions with the same values compile once.
 */
export function piecesMatcher(pieces: readonly PatternPiece[], ignoreCase: boolean): TextMatcher {
  let source = '';
  for (const piece of pieces)
    source += piece.literal ? escapeRegExp(piece.text) : globSources.get(piece.text, globSource);
  const key = (ignoreCase ? 'i' : 's') + source;
  return piecesCache.get(key, () => compileRegExp(source, ignoreCase));
}
