/** Resource / NotResource matching (docs/iam-semantics.md §2.2, §4.6). */
import type { RequestContext } from '../types';
import { BoundedCache } from './cache';
import { variableValue } from './context';
import { pushLiteral, pushResourceGlob } from './glob';
import { substituteVariables, type PatternPiece } from './variables';
import { piecesKey, tokensMatcher, type TextMatcher } from './wildcard';

/** Result of matching one Resource/NotResource entry; `missingKey` names a variable without a value. */
export type ResourceMatch = { matched: boolean; missingKey?: string };

const MATCHED: ResourceMatch = { matched: true };
const NOT_MATCHED: ResourceMatch = { matched: false };

/**
 * Glob tokens of a segment-aware ARN pattern (see `pushResourceGlob`): inside a `:`-separated
 * segment `*` is any run of non-`:` characters and `?` one non-`:` character, except that a
 * `*` which is the last character of its segment may cross `:`. Literal pieces (substituted
 * variable values) never act as wildcards.
 */
export function resourcePatternTokens(pieces: readonly PatternPiece[]): number[] {
  const tokens: number[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p] as PatternPiece;
    if (piece.literal) pushLiteral(tokens, piece.text);
    else pushResourceGlob(tokens, piece.text, followedBySegmentEnd(pieces, p));
  }
  return tokens;
}

/** Is the text after `pieces[p]` empty or starting with `:`? */
function followedBySegmentEnd(pieces: readonly PatternPiece[], p: number): boolean {
  for (let q = p + 1; q < pieces.length; q++) {
    const next = (pieces[q] as PatternPiece).text;
    if (next.length > 0) return next[0] === ':';
  }
  return true;
}

// Case-sensitive: "In the Resource element, the IAM user name is case sensitive".
const compile = (pieces: readonly PatternPiece[]): TextMatcher =>
  tokensMatcher(resourcePatternTokens(pieces), false);

const plainCache = new BoundedCache<TextMatcher>(20_000);
const substitutedCache = new BoundedCache<TextMatcher>(20_000);

function plainMatcher(pattern: string): TextMatcher {
  return plainCache.get(pattern, (p) => compile([{ text: p, literal: false }]));
}

/** Segment-aware, case-sensitive ARN match with policy variables (docs/iam-semantics.md §2.2, §4.6). */
export function resourceMatches(
  pattern: string,
  resource: string,
  variablesEnabled: boolean,
  context: RequestContext,
): ResourceMatch {
  if (pattern === '*') return MATCHED;
  // Documented choice: the `*` resource of wildcard-only actions is matched only by the
  // pattern `*`; `arn:aws:s3:::*` does not match it (NotAction page: s3:ListAllMyBuckets
  // "requires the * resource"; the evaluation-logic example says otherwise, docs/iam-semantics.md §2.2).
  if (resource === '*') return NOT_MATCHED;
  if (!variablesEnabled || !pattern.includes('${')) {
    return plainMatcher(pattern)(resource) ? MATCHED : NOT_MATCHED;
  }
  // Documented choice: variables are substituted wherever they appear in the ARN; AWS
  // supports them only in the resource part, and flagging other uses is validation's job.
  const substitution = substituteVariables(pattern, true, (key) => variableValue(context, key));
  if (!substitution.ok) return { matched: false, missingKey: substitution.missingKey };
  const { pieces } = substitution;
  return substitutedCache.get(piecesKey(pieces), () => compile(pieces))(resource) ? MATCHED : NOT_MATCHED;
}
