/**
 * ARN operators (docs/iam-semantics.md §4.1): each of the six `:`-separated components is matched on its own
 * with `*` and `?`, the sixth (resource) component taking the rest of the ARN. ArnEquals and
 * ArnLike behave the same, as do ArnNotEquals and ArnNotLike (condition-operators page).
 */
import { BoundedCache } from '../match/cache';
import type { PatternPiece } from '../match/variables';
import { globMatcher, piecesMatcher, type TextMatcher } from '../match/wildcard';
import { operatorPair, type ConditionOperator } from './operator';

const COMPONENTS = 6;

/** Splits an ARN into its six components (the last keeps further `:`), or null when shorter. */
export function arnComponents(text: string): string[] | null {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < COMPONENTS - 1; i++) {
    const colon = text.indexOf(':', from);
    if (colon < 0) return null;
    parts.push(text.slice(from, colon));
    from = colon + 1;
  }
  parts.push(text.slice(from));
  return parts;
}

/** Runs one matcher per component. */
function matchComponents(matchers: readonly TextMatcher[], request: string): boolean {
  const parts = arnComponents(request);
  if (parts === null) return false;
  for (let i = 0; i < COMPONENTS; i++) if (!(matchers[i] as TextMatcher)(parts[i] as string)) return false;
  return true;
}

/**
 * Case-sensitive per-component matchers for a policy ARN pattern, or null when it has fewer
 * than six components. Documented choice: such a value (even `*`) never matches, since AWS
 * compares "each of the six colon-delimited components".
 */
function compilePattern(pattern: string): TextMatcher[] | null {
  const parts = arnComponents(pattern);
  return parts === null ? null : parts.map((part) => globMatcher(part, false));
}

const cache = new BoundedCache<TextMatcher[] | null>(20_000);

function arnLike(request: string, pattern: string): boolean {
  const matchers = cache.get(pattern, compilePattern);
  return matchers !== null && matchComponents(matchers, request);
}

/**
 * The pieces version: a substituted value such as `${aws:PrincipalArn}` supplies whole
 * components, so every `:` splits, literal or not; literal `*`/`?` stay literal.
 */
function arnLikePieces(request: string, pieces: readonly PatternPiece[]): boolean {
  const components: PatternPiece[][] = [[]];
  for (const piece of pieces) {
    const chunks = piece.text.split(':');
    chunks.forEach((chunk, index) => {
      if (index > 0) {
        if (components.length < COMPONENTS) components.push([]);
        else (components[COMPONENTS - 1] as PatternPiece[]).push({ text: ':', literal: true });
      }
      (components[components.length - 1] as PatternPiece[]).push({ text: chunk, literal: piece.literal });
    });
  }
  if (components.length < COMPONENTS) return false;
  return matchComponents(
    components.map((component) => piecesMatcher(component, false)),
    request,
  );
}

const shape = {
  family: 'Arn',
  supportsVariables: true,
  supportsWildcards: true,
  test: arnLike,
  testPieces: arnLikePieces,
} as const;

/** ArnEquals, ArnLike, ArnNotEquals, ArnNotLike. */
export const ARN_OPERATORS: readonly ConditionOperator[] = [
  ...operatorPair('ArnEquals', 'ArnNotEquals', shape),
  ...operatorPair('ArnLike', 'ArnNotLike', shape),
];
