/** Sid and Effect of a statement (docs/iam-semantics.md §1.4, §1.5). */
import type { JsonProperty } from '../json/nodes';
import { describeJsonType } from '../json/nodes';
import type { JsonNode } from '../json/parseJson';
import type { Effect } from '../types';
import { openingBrace, quote, report, type ParseContext } from './context';
import { checkNoVariables } from './variableChecks';

const SID_CHARACTERS = /^[A-Za-z0-9]*$/;

/** A statement's Sid with the node it came from, for the duplicate check. */
export interface SidInfo {
  readonly sid: string;
  readonly node: JsonNode;
}

/** Reads the Sid. Returns null when absent, empty or not a string. */
export function readSid(ctx: ParseContext, prop: JsonProperty | undefined): SidInfo | null {
  const value = prop?.value;
  if (value === undefined) return null;
  if (value.type !== 'string') {
    report(ctx, 'wrong-type', value, `Sid must be a string, not ${describeJsonType(value)}.`);
    return null;
  }
  const sid = String(value.value);
  if (sid.length === 0) {
    report(ctx, 'empty-sid', value, 'The Sid is empty; give the statement a name or remove the Sid element.');
    return null;
  }
  if (checkNoVariables(ctx, sid, value, 'Sid')) return { sid, node: value };
  // Documented choice: resource and KMS key policies belong to services with their own Sid
  // rules (many allow spaces), so only IAM-owned policy types check the character set.
  if (ctx.rules.strictSid && !SID_CHARACTERS.test(sid)) {
    report(
      ctx,
      'invalid-sid',
      value,
      `Unsupported Sid ${quote(sid)}: update the characters in the Sid element to use one of the following character types: [a-z, A-Z, 0-9].`,
    );
  }
  return { sid, node: value };
}

const EFFECTS: readonly Effect[] = ['Allow', 'Deny'];

/**
 * Reads the Effect. Documented choice: when the effect is missing or invalid the statement is
 * invalid (inert) and its `effect` field is `Allow`/`Deny` matched case-insensitively,
 * otherwise `Deny`, so a consumer that ignored `valid` would still fail closed.
 */
export function readEffect(ctx: ParseContext, prop: JsonProperty | undefined, statement: JsonNode): Effect {
  const value = prop?.value;
  if (prop === undefined) {
    report(
      ctx,
      'missing-effect',
      openingBrace(statement),
      'Missing effect: add "Effect": "Allow" or "Effect": "Deny" to the policy statement.',
    );
    return 'Deny';
  }
  if (value === undefined) return 'Deny';
  if (value.type !== 'string') {
    report(
      ctx,
      'wrong-type',
      value,
      `Effect must be the string "Allow" or "Deny", not ${describeJsonType(value)}.`,
    );
    return 'Deny';
  }
  const text = String(value.value);
  if ((EFFECTS as readonly string[]).includes(text)) return text as Effect;
  const canonical = EFFECTS.find((e) => e.toLowerCase() === text.toLowerCase());
  if (canonical !== undefined) {
    report(
      ctx,
      'effect-case',
      value,
      `The effect ${quote(text)} is not valid: Effect is case-sensitive. Use "${canonical}".`,
      { suggestion: JSON.stringify(canonical) },
    );
    return canonical;
  }
  report(ctx, 'invalid-effect', value, `The effect ${quote(text)} is not valid. Use Allow or Deny.`);
  return 'Deny';
}
