/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`, `${*}`): scanning
 * for diagnostics and substitution for matching (docs/iam-semantics.md §4.6).
 */
import { BoundedCache } from './cache';

/** A `${...}` occurrence found in a string; offsets are into that string, `end` exclusive. */
export type VariableToken =
  | {
      readonly kind: 'key';
      readonly start: number;
      readonly end: number;
      readonly key: string;
      readonly defaultValue: string | null;
    }
  | { readonly kind: 'literal'; readonly start: number; readonly end: number; readonly char: '*' | '?' | '$' }
  | {
      readonly kind: 'malformed';
      readonly start: number;
      readonly end: number;
      /** Access Analyzer's names: Missing brace / Empty variable / Unsupported space / Missing quote. */
      readonly problem: 'missing-brace' | 'empty' | 'space' | 'missing-quote';
    };

const SPECIAL = new Set(['*', '?', '$']);

/**
 * Finds every `${...}` in `text`. Never throws. A `${` with no closing brace yields one
 * malformed token that runs to the end of the text.
 */
export function scanVariables(text: string): VariableToken[] {
  const tokens: VariableToken[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${', from);
    if (start < 0) return tokens;
    const close = text.indexOf('}', start + 2);
    if (close < 0) {
      tokens.push({ kind: 'malformed', start, end: text.length, problem: 'missing-brace' });
      return tokens;
    }
    const end = close + 1;
    tokens.push(classify(text.slice(start + 2, close), start, end));
    from = end;
  }
}

function classify(inner: string, start: number, end: number): VariableToken {
  if (inner.length === 0) return { kind: 'malformed', start, end, problem: 'empty' };
  if (SPECIAL.has(inner)) return { kind: 'literal', start, end, char: inner as '*' | '?' | '$' };
  const comma = inner.indexOf(',');
  const keyPart = comma < 0 ? inner : inner.slice(0, comma);
  // Spaces are allowed only around the default value's comma, never inside or around the key.
  if (keyPart.length === 0) return { kind: 'malformed', start, end, problem: 'empty' };
  if (/\s/.test(keyPart)) return { kind: 'malformed', start, end, problem: 'space' };
  if (comma < 0) return { kind: 'key', start, end, key: keyPart, defaultValue: null };
  const rest = inner.slice(comma + 1).trim();
  if (rest.length < 2 || !rest.startsWith("'") || !rest.endsWith("'")) {
    return { kind: 'malformed', start, end, problem: 'missing-quote' };
  }
  return { kind: 'key', start, end, key: keyPart, defaultValue: rest.slice(1, -1) };
}

// Matching substitutes the same policy patterns for every request; scan each pattern once.
const scanCache = new BoundedCache<readonly VariableToken[]>(10_000);

/** A piece of a pattern after substitution; `literal` pieces must not act as wildcards. */
export interface PatternPiece {
  readonly text: string;
  readonly literal: boolean;
}

/** Outcome of substituting variables into a pattern. */
export type Substitution =
  | { readonly ok: true; readonly pieces: readonly PatternPiece[] }
  | { readonly ok: false; readonly missingKey: string };

/**
 * Replaces the variables of `pattern`. `lookup` returns a single-valued key's value, or
 * undefined when the request lacks the key (a multivalued key cannot be a variable, so the
 * caller returns undefined for one). Resolved values become literal pieces: a tag value that
 * contains `*` does not turn into a wildcard. A malformed `${...}` is kept as literal text,
 * as AWS would store it. With `enabled` false (Version other than 2012-10-17) the whole
 * pattern is returned unchanged, wildcards included.
 */
export function substituteVariables(
  pattern: string,
  enabled: boolean,
  lookup: (key: string) => string | undefined,
): Substitution {
  if (!enabled || !pattern.includes('${')) return { ok: true, pieces: [{ text: pattern, literal: false }] };
  const pieces: PatternPiece[] = [];
  let at = 0;
  for (const token of scanCache.get(pattern, scanVariables)) {
    if (token.start > at) pieces.push({ text: pattern.slice(at, token.start), literal: false });
    at = token.end;
    if (token.kind === 'malformed') {
      pieces.push({ text: pattern.slice(token.start, token.end), literal: true });
    } else if (token.kind === 'literal') {
      pieces.push({ text: token.char, literal: true });
    } else {
      const value = lookup(token.key) ?? token.defaultValue;
      if (value === null) return { ok: false, missingKey: token.key };
      pieces.push({ text: value, literal: true });
    }
  }
  if (at < pattern.length) pieces.push({ text: pattern.slice(at), literal: false });
  return { ok: true, pieces };
}
