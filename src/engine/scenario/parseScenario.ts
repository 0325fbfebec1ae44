/**
 * Scenario entry points: from a value (`parseScenario`) or from text (`parseScenarioText`,
 * which gives JSON syntax errors and field problems exact positions).
 */

import {
  findNodeAtLocation,
  getNodePath,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { findDuplicateKeys } from '../json/nodes';
import { findTooDeep, MAX_JSON_DEPTH } from '../json/parseJson';
import { duplicateKeyMessage } from '../parse/duplicateKeys';
import type { Diagnostic, Scenario } from '../types';
import type { ScenarioProblem } from './collector';
import { SCENARIO_DIAGNOSTIC_CODES } from './codes';
import { insideDocument, objectDocuments, useDocumentTexts, type ObjectDocument } from './documentTexts';
import { formatPath } from './path';
import { TextPositions, ZERO_RANGE } from './textPosition';
import { validateScenario, type ValidateOptions } from './validate';

/** A scenario (null when it has errors) with every diagnostic found. */
export interface ScenarioParseResult {
  readonly scenario: Scenario | null;
  readonly diagnostics: Diagnostic[];
}

function toDiagnostic(problem: ScenarioProblem, range: Diagnostic['range']): Diagnostic {
  return {
    code: problem.code,
    severity: SCENARIO_DIAGNOSTIC_CODES[problem.code].severity,
    message: problem.message,
    range,
    path: formatPath(problem.segments),
  };
}

/**
 * Validates a scenario given as a value (an object, or anything else, which is reported).
 * Diagnostics carry the field's `path` and a zero range at offset 0. Never throws.
 */
export function parseScenario(input: unknown, options?: ValidateOptions): ScenarioParseResult {
  const { scenario, problems } = validateScenario(input, options);
  return { scenario, diagnostics: problems.map((problem) => toDiagnostic(problem, ZERO_RANGE)) };
}

const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: 'Expected a colon',
  CommaExpected: 'Expected a comma',
  CloseBraceExpected: 'Expected a closing brace',
  CloseBracketExpected: 'Expected a closing bracket',
  EndOfFileExpected: 'Unexpected text after the end of the JSON value',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in a string',
};

/** Readable text for a jsonc-parser error. */
function syntaxMessage(error: ParseError, text: string): string {
  if (error.offset >= text.length) return 'Unexpected end of text';
  if (text[error.offset] === "'") return 'Strings and property names must use double quotes';
  return SYNTAX_MESSAGES[printParseErrorCode(error.error)] ?? 'Invalid JSON';
}

/**
 * Scenario nesting limit: the scenario's own few levels on top of the policy limit. The JSON
 * parser recurses, so deeper text is refused before parsing rather than overflowing the stack.
 */
const MAX_SCENARIO_DEPTH = MAX_JSON_DEPTH + 8;

function syntaxError(
  positions: TextPositions,
  offset: number,
  length: number,
  message: string,
): ScenarioParseResult {
  const diagnostic: Diagnostic = {
    code: 'scenario-json-syntax',
    severity: 'error',
    message,
    range: positions.range(offset, length),
    path: formatPath([]),
  };
  return { scenario: null, diagnostics: [diagnostic] };
}

/** The text range of a problem: its value (or key), else the nearest enclosing node's start. */
function locate(root: Node, problem: ScenarioProblem, positions: TextPositions): Diagnostic['range'] {
  const segments = [...problem.segments];
  let node = findNodeAtLocation(root, segments);
  if (node !== undefined) {
    const key = problem.onKey && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    const target = key ?? node;
    return positions.range(target.offset, target.length);
  }
  while (node === undefined && segments.length > 0) {
    segments.pop();
    node = findNodeAtLocation(root, segments);
  }
  // A missing field: point at the opening brace of the object that should hold it.
  return positions.range(node?.offset ?? 0, node === undefined ? 0 : 1);
}

/** Reads a JSON value without jsonc-parser's object building, which would honour `__proto__`. */
function valueOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Keys that repeat outside the policy documents (the policy parser reports those inside):
 * `JSON.parse` would keep the last silently, so each is an error, worded as in a policy.
 */
function duplicateKeys(root: Node, documents: readonly ObjectDocument[], positions: TextPositions) {
  return findDuplicateKeys(root)
    .filter((duplicate) => !insideDocument(duplicate.node, documents))
    .map((duplicate): Diagnostic => ({
      code: 'duplicate-key',
      severity: SCENARIO_DIAGNOSTIC_CODES['duplicate-key'].severity,
      message: duplicateKeyMessage(duplicate.key),
      range: positions.range(duplicate.keyNode.offset, duplicate.keyNode.length),
      path: formatPath(getNodePath(duplicate.keyNode)),
    }));
}

/**
 * Parses and validates a scenario given as JSON text. A syntax error yields one
 * `scenario-json-syntax` diagnostic at the first error's position and no scenario. A key that
 * appears twice in one object is a `duplicate-key` error. Policy documents written as objects
 * are passed on as their text in the file, so a policy reads the same whether it is given as an
 * object or as text (see `documentTexts.ts`). Never throws.
 */
export function parseScenarioText(text: string, options?: ValidateOptions): ScenarioParseResult {
  const positions = new TextPositions(text);
  const deep = findTooDeep(text, MAX_SCENARIO_DEPTH);
  if (deep >= 0) {
    return syntaxError(positions, deep, 1, `Nested more than ${MAX_SCENARIO_DEPTH} levels deep`);
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first !== undefined) {
    return syntaxError(positions, first.offset, first.length, syntaxMessage(first, text));
  }
  const value = root === undefined ? undefined : valueOf(text);
  if (root === undefined || value === undefined) {
    return syntaxError(positions, text.length, 0, root === undefined ? 'The text is empty' : 'Invalid JSON');
  }
  const documents = objectDocuments(root);
  const duplicates = duplicateKeys(root, documents, positions);
  if (duplicates.length === 0) useDocumentTexts(value, documents, text);
  const { scenario, problems } = validateScenario(value, options);
  return {
    scenario: duplicates.length === 0 ? scenario : null,
    diagnostics: [
      ...duplicates,
      ...problems.map((problem) => toDiagnostic(problem, locate(root, problem, positions))),
    ],
  };
}
