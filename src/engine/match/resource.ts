/** Resource / NotResource matching (spec §2.2, §4.6). */
import type { RequestContext } from '../types';
import { BoundedCache } from './cache';
import { variableValue } from './context';
import { substituteVariables, type PatternPiece } from './variables';
import { escapeChar, escapeRegExp, type TextMatcher } from './wildcard';

/** Result of matching one Resource/NotResource entry; `missingKey` names a variable without a value. */
export type ResourceMatch = { matched: boolean; missingKey?: string };

const MATCHED: ResourceMatch = { matched: true };
const NOT_MATCHED: ResourceMatch = { matched: false };

// Pattern text is the same for every request; only substituted values vary, so the source
// of each wildcard-bearing piece is computed once per (text, whether a segment end follows).
const crossingSources = new BoundedCache<string>(20_000);
const boundedSources = new BoundedCache<string>(20_000);
const crossingSource = (text: string): string => pieceSource(text, true);
const boundedSource = (text: string): string => pieceSource(text, false);

/**
 * Regular-expression source for a segment-aware ARN pattern. Inside a colon-separated piece
 * `*` is any run of non-`:` characters and `?` one non-`:` character, except that a `*`
 * which is the last character of its piece may cross `:` (current Resource page: "If the `*`
 * wildcard is the last character of a resource ARN segment, it can expand to match beyond
 * the colon boundaries"). Literal pieces (substituted variable values) never act as wildcards.
 */
export function resourcePatternSource(pieces: readonly PatternPiece[]): string {
  let source = '';
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p] as PatternPiece;
    if (piece.literal) source += escapeRegExp(piece.text);
    else if (followedBySegmentEnd(pieces, p)) source += crossingSources.get(piece.text, crossingSource);
    else source += boundedSources.get(piece.text, boundedSource);
  }
  return source;
}

/** Is the text after `pieces[p]` empty or starting with `:`? */
function followedBySegmentEnd(pieces: readonly PatternPiece[], p: number): boolean {
  for (let q = p + 1; q < pieces.length; q++) {
    const next = (pieces[q] as PatternPiece).text;
    if (next.length > 0) return next[0] === ':';
  }
  return true;
}

/** Source of one wildcard-bearing text; `crossesAtEnd` says whether a final `*` ends a segment. */
function pieceSource(text: string, crossesAtEnd: boolean): string {
  let source = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '*') {
      const endsSegment = i + 1 < text.length ? text[i + 1] === ':' : crossesAtEnd;
      source += endsSegment ? '.*' : '[^:]*';
    } else if (char === '?') source += '[^:]';
    else source += escapeChar(char);
  }
  return source;
}

function compile(source: string): TextMatcher {
  // Case-sensitive: "In the Resource element, the IAM user name is case sensitive".
  const regexp = new RegExp(`^${source}$`, 's');
  return (text) => regexp.test(text);
}

const plainCache = new BoundedCache<TextMatcher>(20_000);
const substitutedCache = new BoundedCache<TextMatcher>(20_000);

function plainMatcher(pattern: string): TextMatcher {
  return plainCache.get(pattern, (p) => compile(resourcePatternSource([{ text: p, literal: false }])));
}

/** Segment-aware, case-sensitive ARN match with policy variables (spec §2.2, §4.6). */
export function resourceMatches(
  pattern: string,
  resource: string,
  variablesEnabled: boolean,
  context: RequestContext,
): ResourceMatch {
  if (pattern === '*') return MATCHED;
  // Documented choice: the `*` resource of wildcard-only actions is matched only by the
  // pattern `*`; `arn:aws:s3:::*` does not match it (NotAction page: s3:ListAllMyBuckets
  // "requires the * resource"; the evaluation-logic example says otherwise, spec §2.2).
  if (resource === '*') return NOT_MATCHED;
  if (!variablesEnabled || !pattern.includes('${')) {
    return plainMatcher(pattern)(resource) ? MATCHED : NOT_MATCHED;
  }
  // Documented choice: variables are substituted wherever they appear in the ARN; AWS
  // supports them only in the resource part, and flagging other uses is validation's job.
  const substitution = substituteVariables(pattern, true, (key) => variableValue(context, key));
  if (!substitution.ok) return { matched: false, missingKey: substitution.missingKey };
  const source = resourcePatternSource(substitution.pieces);
  return substitutedCache.get(source, compile)(resource) ? MATCHED : NOT_MATCHED;
}
