/**
 * Policy text in, normalised `Policy` plus diagnostics out. The single entry point of the
 * parser; it never throws, whatever the input.
 */
import { createLineIndex } from '../json/lineIndex';
import { inspectJsonValue } from '../json/jsonValue';
import { findDuplicateKeys } from '../json/nodes';
import { parseJson, MAX_JSON_DEPTH } from '../json/parseJson';
import type { Diagnostic, ParseResult, Policy, PolicyType, Statement } from '../types';
import { checkCharacters, containsInvalidCharacter, hasInvalidCharacter } from './characters';
import { quote, report, type ParseContext } from './context';
import { duplicateKeyMessage } from './duplicateKeys';
import { readPolicyBody, type DraftPolicy } from './policyBody';
import { POLICY_TYPE_RULES } from './policyTypes';
import { countPolicySize, sizeMessage } from './size';

/** What the parser should know about the document beyond its type. */
export interface ParseOptions {
  /**
   * The document is an AWS managed policy attached by ARN: AWS wrote it, so the size quotas of
   * the policies a customer writes do not apply (ReadOnlyAccess alone is ~90,000 characters).
   * @default false
   */
  readonly awsManaged?: boolean;
}

const EMPTY_RANGE = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * Parses and validates a policy of the given type. An object input is serialised with
 * `JSON.stringify(input, null, 2)` first, so that diagnostics have ranges (a number that is not
 * finite is written as its text, see `finiteOrText`); an object nested deeper than the parser
 * reads is refused with `too-deep` before that, as deep text is.
 *
 * Documented choice: a statement gets `valid: false` when an error-severity diagnostic (or any
 * JSON syntax error, or a disallowed character) lies inside its range, or when it can never
 * apply. Document-level errors (Version, size, top-level elements) leave statements valid, so
 * the playground keeps evaluating while the author fixes them; the diagnostic says AWS would
 * refuse the policy.
 */
export function parsePolicy(
  input: string | Record<string, unknown>,
  type: PolicyType,
  options: ParseOptions = {},
): ParseResult {
  try {
    return parseChecked(input, type, options);
  } catch (error) {
    // Only a bug in this module can land here; user input is handled as values.
    const message = error instanceof Error ? error.message : String(error);
    return {
      policy: null,
      diagnostics: [
        {
          code: 'internal-error',
          severity: 'error',
          message: `Internal parser error: ${message}`,
          range: EMPTY_RANGE,
        },
      ],
      size: { counted: 0, limit: 0, countsWhitespace: false },
    };
  }
}

/**
 * Documented choice: a policy object's number that is not finite (`Infinity`, what `JSON.parse`
 * makes of `1e999`) is written as its text, not as the `null` `JSON.stringify` would write, so
 * it gets the same "expects a number" warning `1e999` gets in policy text.
 */
function finiteOrText(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

function toText(input: unknown): string | null {
  if (typeof input === 'string') return input;
  if (typeof input !== 'object' || input === null) return null;
  try {
    const text: unknown = JSON.stringify(input, finiteOrText, 2);
    return typeof text === 'string' ? text : null;
  } catch {
    return null; // circular structures, BigInt values, throwing toJSON
  }
}

/** The diagnostic of a document nested deeper than the parser reads, at `offset`. */
function reportTooDeep(ctx: ParseContext, offset: number): void {
  report(
    ctx,
    'too-deep',
    { offset, length: offset === 0 ? 0 : 1 },
    `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep; a policy needs fewer than ten.`,
  );
}

function parseChecked(input: unknown, requested: PolicyType, options: ParseOptions): ParseResult {
  const knownType = typeof requested === 'string' && Object.hasOwn(POLICY_TYPE_RULES, requested);
  const type: PolicyType = knownType ? requested : 'identity';
  const rules = POLICY_TYPE_RULES[type];
  // Deep objects are refused before `JSON.stringify` recurses into them, as deep text is.
  const tooDeepObject =
    typeof input === 'object' && input !== null && inspectJsonValue(input, MAX_JSON_DEPTH).tooDeep;
  const text = tooDeepObject ? '' : toText(input);
  const ctx: ParseContext = {
    text: text ?? '',
    type,
    rules,
    lines: createLineIndex(text ?? ''),
    diagnostics: [],
    variablesEnabled: false,
  };
  const counted = countPolicySize(ctx.text, rules.size.countsWhitespace);
  const limit = options.awsManaged === true ? null : rules.size.limit;
  const size = { counted, limit, countsWhitespace: rules.size.countsWhitespace };
  if (!knownType) {
    report(
      ctx,
      'invalid-input',
      EMPTY_RANGE,
      `Unknown policy type ${quote(String(requested))}; checked as an identity policy.`,
    );
  }
  if (tooDeepObject) {
    reportTooDeep(ctx, 0);
    return { policy: null, diagnostics: ctx.diagnostics, size };
  }
  if (text === null) {
    report(ctx, 'invalid-input', EMPTY_RANGE, 'Expected policy text or a JSON-serialisable policy object.');
    return { policy: null, diagnostics: ctx.diagnostics, size };
  }

  checkCharacters(ctx);
  if (counted > rules.size.limit && options.awsManaged !== true) {
    // One marker on the first line, not a squiggle under the whole document.
    const firstLine = text.search(/\r|\n/);
    const length = firstLine < 0 ? text.length : Math.max(firstLine, 1);
    report(ctx, 'policy-size', { offset: 0, length }, sizeMessage(counted, rules.size), {
      severity: rules.size.severity,
    });
  }
  const json = parseJson(text);
  if (json.tooDeep !== null) {
    reportTooDeep(ctx, json.tooDeep.offset);
    return { policy: null, diagnostics: sortDiagnostics(ctx.diagnostics), size };
  }
  const first = json.errors[0];
  if (first !== undefined)
    report(ctx, 'json-syntax', { offset: first.offset, length: first.length }, first.message);
  const root = json.root;
  if (root !== undefined) {
    for (const dup of findDuplicateKeys(root)) {
      report(ctx, 'duplicate-key', dup.keyNode, duplicateKeyMessage(dup.key));
    }
  }
  if (root === undefined || root.type !== 'object') {
    if (root !== undefined)
      report(ctx, 'not-an-object', root, 'A policy must be a JSON object with a Statement element.');
    return { policy: null, diagnostics: sortDiagnostics(ctx.diagnostics), size };
  }
  const draft = readPolicyBody(ctx, root);
  const errorOffsets = ctx.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => d.range.start.offset)
    .concat(json.errors.map((e) => e.offset))
    .sort((a, b) => a - b);
  const policy = finishPolicy(ctx, draft, errorOffsets);
  return { policy, diagnostics: sortDiagnostics(ctx.diagnostics), size };
}

/** True when some offset in the sorted `offsets` lies in `[start, end)`. */
function anyWithin(offsets: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((offsets[mid] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && (offsets[lo] as number) < end;
}

function finishPolicy(ctx: ParseContext, draft: DraftPolicy, errorOffsets: readonly number[]): Policy {
  const checkCharacters = containsInvalidCharacter(ctx.text);
  const statements: Statement[] = draft.statements.map((s) => {
    const start = s.node.offset;
    const end = start + s.node.length;
    const valid =
      !s.inert &&
      !anyWithin(errorOffsets, start, end) &&
      !(checkCharacters && hasInvalidCharacter(ctx.text, start, end));
    return {
      index: s.index,
      sid: s.sid?.sid ?? null,
      effect: s.effect,
      action: s.action,
      resource: s.resource,
      principal: s.principal,
      conditions: s.conditions,
      valid,
      range: ctx.lines.rangeAt(start, end),
    };
  });
  return { version: draft.version, id: draft.id, variablesEnabled: ctx.variablesEnabled, statements };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
}
