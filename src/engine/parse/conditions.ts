/** Condition: normalisation into clauses and shape/type checks (docs/iam-semantics.md §1.9, §4). */
import { describeJsonType, objectProperties, scalarText, type JsonProperty } from '../json/nodes';
import type { JsonNode } from '../json/parseJson';
import type { ConditionClause } from '../types';
import { nodeRange, quote, report, type ParseContext } from './context';
import { checkConditionValue } from './conditionValues';
import { parseOperator, type ParsedOperator } from './operators';
import { checkNoVariables } from './variableChecks';

// A condition key is `prefix:name`. Prefixes may hold dots and slashes (OIDC providers such as
// `token.actions.githubusercontent.com:sub`); names may hold spaces and colons (tag keys).
const CONDITION_KEY = /^[^\s:]+:\S/;

/** Reads a Condition element into clauses. Never throws; bad parts are reported and skipped. */
export function readConditions(ctx: ParseContext, value: JsonNode): ConditionClause[] {
  const clauses: ConditionClause[] = [];
  if (value.type !== 'object') {
    report(
      ctx,
      'condition-not-object',
      value,
      `Condition must be an object of operators, not ${describeJsonType(value)}.`,
    );
    return clauses;
  }
  const operators = objectProperties(value);
  if (operators.length === 0) {
    report(ctx, 'empty-condition', value, 'The Condition object is empty; remove it or add a condition.');
  }
  for (const op of operators) readOperatorBlock(ctx, op, clauses);
  return clauses;
}

function checkOperatorName(ctx: ParseContext, op: JsonProperty, parsed: ParsedOperator): void {
  const suggestion = parsed.suggestion === null ? {} : { suggestion: JSON.stringify(parsed.suggestion) };
  const caseOnly = parsed.suggestion !== null && parsed.suggestion.toLowerCase() === op.key.toLowerCase();
  const hint =
    parsed.suggestion === null
      ? ''
      : ` Did you mean "${parsed.suggestion}"?${caseOnly ? ' Operator names are case-sensitive.' : ''}`;
  if (parsed.badQualifier !== null) {
    report(
      ctx,
      'invalid-qualifier',
      op.keyNode,
      `Invalid condition qualifier ${quote(parsed.badQualifier.text)}: use ForAllValues or ForAnyValue.${hint}`,
      suggestion,
    );
  }
  if (parsed.family === null) {
    report(
      ctx,
      'unknown-condition-operator',
      op.keyNode,
      `The condition operator ${quote(op.key)} is not valid.${parsed.badQualifier === null ? hint : ''}`,
      parsed.badQualifier === null ? suggestion : {},
    );
  }
  if (parsed.family === 'null' && parsed.ifExists) {
    report(
      ctx,
      'null-with-ifexists',
      op.keyNode,
      'The Null condition operator cannot be used with the IfExists suffix.',
    );
  }
  if (parsed.family === 'null' && parsed.qualifier !== null) {
    report(
      ctx,
      'null-with-qualifier',
      op.keyNode,
      `Avoid using the Null condition operator with the ${parsed.qualifier} qualifier because it always returns ${parsed.qualifier === 'ForAllValues' ? 'true' : 'false'}.`,
    );
  }
}

function readOperatorBlock(ctx: ParseContext, op: JsonProperty, clauses: ConditionClause[]): void {
  const parsed = parseOperator(op.key);
  checkOperatorName(ctx, op, parsed);
  const block = op.value;
  if (block === undefined) return;
  if (block.type !== 'object') {
    report(
      ctx,
      'condition-not-object',
      block,
      `The value of condition operator ${quote(op.key)} must be an object of context keys and values, not ${describeJsonType(block)}.`,
    );
    return;
  }
  const keys = objectProperties(block);
  if (keys.length === 0) {
    report(ctx, 'empty-condition', block, `The ${op.key} block is empty; remove it or add a context key.`);
  }
  const seen = new Map<string, string>();
  const operatorRange = nodeRange(ctx, op.node);
  for (const entry of keys) {
    checkKey(ctx, entry, seen);
    if (entry.value === undefined) continue;
    const values = readValues(ctx, entry.value, entry.key);
    for (const v of values) if (parsed.family !== null) checkConditionValue(ctx, parsed, v.text, v.node);
    clauses.push({
      operator: op.key,
      baseOperator: parsed.baseOperator,
      qualifier: parsed.qualifier,
      ifExists: parsed.ifExists,
      key: entry.key,
      values: values.map((v) => v.text),
      range: nodeRange(ctx, entry.node),
      operatorRange,
    });
  }
}

function checkKey(ctx: ParseContext, entry: JsonProperty, seen: Map<string, string>): void {
  const lower = entry.key.toLowerCase();
  const earlier = seen.get(lower);
  if (earlier === undefined) seen.set(lower, entry.key);
  else if (earlier !== entry.key) {
    report(
      ctx,
      'duplicate-condition-key-case',
      entry.keyNode,
      `Duplicate keys with different case: ${quote(entry.key)} and ${quote(earlier)}. Condition keys are case-insensitive; combine their values under one key.`,
    );
  }
  if (checkNoVariables(ctx, entry.key, entry.keyNode, 'a condition key')) return;
  if (!CONDITION_KEY.test(entry.key)) {
    report(
      ctx,
      'condition-key-format',
      entry.keyNode,
      `The condition key ${quote(entry.key)} is not valid. Use the format service:keyname, e.g. aws:SourceIp.`,
    );
  }
}

/** Values of one key: scalars become text; objects, nulls and nested arrays are reported. */
function readValues(ctx: ParseContext, value: JsonNode, key: string): { text: string; node: JsonNode }[] {
  const out: { text: string; node: JsonNode }[] = [];
  const take = (node: JsonNode): void => {
    const text = scalarText(ctx.text, node);
    if (text !== null) out.push({ text, node });
    else {
      report(
        ctx,
        'wrong-type',
        node,
        `Condition values for ${quote(key)} must be strings, numbers or booleans, not ${describeJsonType(node)}.`,
      );
    }
  };
  if (value.type !== 'array') take(value);
  else {
    const children = value.children ?? [];
    if (children.length === 0) {
      report(
        ctx,
        'empty-condition-values',
        value,
        `The value list of ${quote(key)} is empty; add a value or remove the key.`,
      );
    }
    for (const child of children) take(child);
  }
  return out;
}
