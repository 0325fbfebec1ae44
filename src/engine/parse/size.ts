/** Policy size as AWS counts it (docs/iam-semantics.md §6). */
import type { SizeRule } from './policyTypes';

import { stringEnd } from '../json/strings';

const QUOTE = 34;

function isJsonWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Counts the characters of `text` that count toward the quota. Documented choice: where AWS
 * says whitespace is not counted, only whitespace OUTSIDE JSON string literals is skipped
 * (spaces inside values such as tag keys are part of the policy), the conservative reading.
 */
export function countPolicySize(text: string, countsWhitespace: boolean): number {
  if (countsWhitespace) return text.length;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Every character of a string literal counts, quotes included.
      const end = Math.min(stringEnd(text, i), text.length - 1);
      count += end - i + 1;
      i = end;
    } else if (!isJsonWhitespace(c)) count++;
  }
  return count;
}

/** `6144` → `6,144`, without depending on the runtime's locale data. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The size sentence of a `policy-size` diagnostic. */
export function sizeMessage(counted: number, rule: SizeRule): string {
  const what = rule.countsWhitespace ? 'characters' : 'characters not counting whitespace';
  return `The policy has ${formatCount(counted)} ${what}, over the limit of ${formatCount(rule.limit)}. ${rule.explanation}`;
}
