/** Principal / NotPrincipal: normalisation and shape checks (docs/iam-semantics.md §1.8). */
import { describeJsonType, objectProperties } from '../json/nodes';
import type { PrincipalElement, PrincipalEntry } from '../types';
import { nodeRange, quote, report, type DiagnosticTarget, type ParseContext } from './context';
import type { ChosenElement } from './pairs';
import { readStringList } from './values';
import { checkNoVariables } from './variableChecks';

const PRINCIPAL_KEYS = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;
type PrincipalKey = (typeof PRINCIPAL_KEYS)[number];

const ACCOUNT_ID = /^\d{12}$/;

/** Reads the chosen Principal/NotPrincipal member. `empty` is true for `{}` or only empty lists. */
export function readPrincipals(
  ctx: ParseContext,
  chosen: ChosenElement<'Principal' | 'NotPrincipal'>,
): { readonly element: PrincipalElement; readonly empty: boolean } | null {
  const value = chosen.prop.value;
  if (value === undefined) return null;
  const entries: PrincipalEntry[] = [];
  if (value.type === 'string') {
    if (value.value === '*') entries.push({ type: 'AWS', value: '*', range: nodeRange(ctx, value) });
    else {
      report(
        ctx,
        'invalid-principal-format',
        value,
        `${chosen.kind} must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}, not the string ${quote(String(value.value))}.`,
      );
    }
    return { element: { kind: chosen.kind, entries }, empty: false };
  }
  if (value.type !== 'object') {
    report(
      ctx,
      'wrong-type',
      value,
      `${chosen.kind} must be "*" or an object, not ${describeJsonType(value)}.`,
    );
    return null;
  }
  let listed = 0;
  for (const prop of objectProperties(value)) {
    const type = principalKey(ctx, prop.key, prop.keyNode);
    if (prop.value === undefined) continue;
    const list = readStringList(ctx, prop.value, `${chosen.kind} ${prop.key}`);
    if (list === null) continue;
    listed += list.items.length;
    for (const item of list.items) {
      if (checkNoVariables(ctx, item.value, item.range, chosen.kind)) continue;
      if (item.value !== '*' && item.value.includes('*')) {
        report(
          ctx,
          'principal-wildcard',
          item.range,
          `Unsupported wildcard in principal: ${quote(item.value)}. Use "*" alone, or name principals exactly and narrow with a condition on aws:PrincipalArn.`,
        );
      } else if (type === 'AWS' && !isAwsPrincipal(item.value)) {
        report(
          ctx,
          'invalid-principal-format',
          item.range,
          `An AWS principal must be "*", a 12-digit account ID or an ARN, not ${quote(item.value)}.`,
        );
      }
      if (type !== null) entries.push({ type, value: item.value, range: item.range });
    }
  }
  const empty = listed === 0;
  if (empty) {
    report(
      ctx,
      'empty-principal',
      value,
      `The ${chosen.kind} element names no principal, so this statement has no effect.`,
    );
  }
  return { element: { kind: chosen.kind, entries }, empty };
}

function isAwsPrincipal(value: string): boolean {
  return value === '*' || ACCOUNT_ID.test(value) || value.startsWith('arn:');
}

function principalKey(ctx: ParseContext, key: string, keyNode: DiagnosticTarget): PrincipalKey | null {
  if ((PRINCIPAL_KEYS as readonly string[]).includes(key)) return key as PrincipalKey;
  const canonical = PRINCIPAL_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
  const base = `Invalid principal key ${quote(key)}: use AWS, Service, Federated or CanonicalUser.`;
  if (canonical === undefined) report(ctx, 'invalid-principal-key', keyNode, base);
  else {
    report(
      ctx,
      'invalid-principal-key',
      keyNode,
      `${base} Did you mean "${canonical}"? Keys are case-sensitive.`,
      {
        suggestion: JSON.stringify(canonical),
      },
    );
  }
  // Best effort: a mis-cased key still yields entries; the statement is invalid anyway.
  return canonical ?? null;
}

/** True when every entry is the wildcard principal (`"*"` or `{"AWS": "*"}`). */
export function isWildcardOnly(element: PrincipalElement): boolean {
  return element.entries.length > 0 && element.entries.every((e) => e.type === 'AWS' && e.value === '*');
}
