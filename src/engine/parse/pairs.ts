/** Mutually exclusive element pairs: Action/NotAction, Resource/NotResource, Principal/NotPrincipal. */
import type { JsonProperty } from '../json/nodes';
import type { DiagnosticCode } from './diagnosticCodes';
import { report, type ParseContext } from './context';

/** The member chosen from a pair, with the element name it was given under. */
export interface ChosenElement<K extends string> {
  readonly kind: K;
  readonly prop: JsonProperty;
}

/**
 * Picks the positive or negated element of a pair. When both are present the combination is
 * reported on the negated key and the positive element is used (the statement is invalid anyway).
 */
export function choosePair<P extends string, N extends string>(
  ctx: ParseContext,
  elements: ReadonlyMap<string, JsonProperty>,
  positive: P,
  negated: N,
  code: DiagnosticCode,
): ChosenElement<P | N> | null {
  const pos = elements.get(positive);
  const neg = elements.get(negated);
  if (pos !== undefined && neg !== undefined) {
    report(
      ctx,
      code,
      neg.keyNode,
      `The policy elements ${positive} and ${negated} can not be used in the same statement.`,
    );
  }
  if (pos !== undefined) return { kind: positive, prop: pos };
  if (neg !== undefined) return { kind: negated, prop: neg };
  return null;
}
