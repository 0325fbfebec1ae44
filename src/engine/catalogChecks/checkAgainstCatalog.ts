/** Catalog-aware diagnostics of a parsed policy. */
import type { Diagnostic, ParseResult, Statement } from '../types';
import { checkConditionKeys } from './checkConditions';
import type { KeyMatcher } from './keyMatcher';
import { catalogDiagnostic } from './report';
import type { CatalogView } from './view';
import { viewMemo, type ViewMemo } from './viewMemo';

/**
 * Checks a parsed policy against the action catalog: unknown service prefixes and actions,
 * wildcards that match nothing, and condition keys that none of a statement's actions support.
 * `text` is the text that was parsed (for an object input, the parser's
 * `JSON.stringify(input, null, 2)`); ranges point into it. Never throws on user input.
 */
export function checkAgainstCatalog(parse: ParseResult, text: string, view: CatalogView): Diagnostic[] {
  const out: Diagnostic[] = [];
  const statements = parse.policy?.statements;
  if (statements === undefined || statements.length === 0) return out;
  const memo = viewMemo(view);
  for (const statement of statements) checkStatement(statement, text, memo, out);
  return out;
}

function checkStatement(statement: Statement, text: string, memo: ViewMemo, out: Diagnostic[]): void {
  const action = statement.action;
  if (action === null) return;
  let allResolved = true;
  for (const pattern of action.patterns) {
    const verdict = memo.pattern(pattern.value);
    if (!verdict.resolved) allResolved = false;
    const problem = verdict.problem;
    if (problem !== null) {
      out.push(catalogDiagnostic(problem.code, pattern.range, problem.message, problem.suggestion));
    }
  }
  // Documented choice: condition keys are checked only against an Action list whose every
  // pattern names known actions of a named service. NotAction covers open-ended sets of
  // actions; `*` or a wildcard in the prefix may match any service; and when a pattern is
  // unknown (already reported) the key may well belong to the action the author meant.
  if (action.kind !== 'Action' || !allResolved || statement.conditions.length === 0) return;
  if (action.patterns.length === 0) return;
  const supported: KeyMatcher[] = [];
  for (const pattern of action.patterns) {
    const keys = memo.patternKeys(pattern.value);
    if (keys === null) return; // some service's details are not loaded
    supported.push(keys);
  }
  checkConditionKeys(statement.conditions, supported, text, memo, out);
}
