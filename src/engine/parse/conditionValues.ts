/** Type checks on one condition value, by operator family (docs/iam-semantics.md §4.1). */
import type { JsonNode } from '../json/parseJson';
import { quote, report, type ParseContext } from './context';
import { acceptsVariables, type ParsedOperator } from './operators';
import { isBooleanText, isDateText, isIpText, isNumberText, isNumberTooLarge } from './valueFormats';
import { checkVariables } from './variableChecks';

const WILDCARD = /[*?]/;
const VARIABLE = /\$\{[^}]*\}/g;
// Only these have a Like counterpart to point to.
const NO_WILDCARD_OPERATORS = new Set(['StringEquals', 'StringNotEquals']);

/** Checks one value of a clause whose operator family is known. */
export function checkConditionValue(
  ctx: ParseContext,
  op: ParsedOperator,
  value: string,
  node: JsonNode,
): void {
  const family = op.family;
  if (family === null) return;
  const where = `${op.baseOperator} value`;
  if (acceptsVariables(family)) checkVariables(ctx, value, node, where);
  else if (value.includes('${')) {
    report(
      ctx,
      'variable-invalid-operator',
      node,
      `Policy variables can only be used with String and ARN operators, not ${op.baseOperator}: ${quote(value)}.`,
    );
    return;
  }
  switch (family) {
    case 'string':
      if (NO_WILDCARD_OPERATORS.has(op.baseOperator) && WILDCARD.test(withoutVariables(ctx, value))) {
        report(
          ctx,
          'wildcard-without-like',
          node,
          `Your condition value ${quote(value)} includes a * or ? character. If you meant to use a wildcard (*, ?), update the condition operator to include Like.`,
        );
      }
      return;
    case 'bool':
    case 'null':
      if (!isBooleanText(value)) {
        report(
          ctx,
          'bool-value',
          node,
          `Type mismatch: ${op.baseOperator} expects true or false, not ${quote(value)}.`,
        );
      }
      return;
    case 'numeric':
      if (isNumberTooLarge(value)) {
        report(
          ctx,
          'numeric-value',
          node,
          `Type mismatch: ${op.baseOperator} expects a number, and ${quote(value)} is too large to compare.`,
        );
      } else if (!isNumberText(value)) {
        report(
          ctx,
          'numeric-value',
          node,
          `Type mismatch: ${op.baseOperator} expects a number, not ${quote(value)}.`,
        );
      }
      return;
    case 'date':
      if (!isDateText(value)) {
        report(
          ctx,
          'date-value',
          node,
          `Type mismatch: ${op.baseOperator} expects an ISO 8601 date (e.g. 2024-01-31T12:00:00Z) or epoch seconds, not ${quote(value)}.`,
        );
      }
      return;
    case 'ip':
      if (!isIpText(value)) {
        report(
          ctx,
          'ip-value',
          node,
          `Type mismatch: ${op.baseOperator} expects an IPv4 or IPv6 address or CIDR range (e.g. 203.0.113.0/24), not ${quote(value)}.`,
        );
      }
      return;
    default:
      return;
  }
}

/** `${*}` and `${?}` stand for literal characters, so they are not wildcards. */
function withoutVariables(ctx: ParseContext, value: string): string {
  return ctx.variablesEnabled && value.includes('${') ? value.replace(VARIABLE, '') : value;
}
