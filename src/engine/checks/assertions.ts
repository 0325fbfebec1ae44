/**
 * The scenario's effective-set assertions (`assert.neverAllowed`, `assert.alwaysAllowed`),
 * checked against its analysis over the catalog.
 */

import type { Analysis, CatalogAction, DeniedBy, EffectiveClass } from '../analysis/types';
import { actionMatches } from '../match/action';
import type { ScenarioAssertions } from '../types';

/** An action that breaks an assertion, with its effective result. */
export interface AssertionOffender {
  readonly action: string;
  readonly effective: EffectiveClass;
  readonly deniedBy: DeniedBy | null;
}

/** The outcome of one pattern of one assertion. */
export interface AssertionResult {
  readonly kind: keyof ScenarioAssertions;
  readonly pattern: string;
  /** How many catalog actions the pattern matches; a pattern matching none fails. */
  readonly matched: number;
  readonly passed: boolean;
  /** The matching actions that break it, in catalog order. */
  readonly offenders: readonly AssertionOffender[];
}

function check(analysis: Analysis, kind: keyof ScenarioAssertions, pattern: string): AssertionResult {
  let matched = 0;
  const offenders: AssertionOffender[] = [];
  analysis.actions.forEach((action: CatalogAction, index) => {
    if (!actionMatches(pattern, action.fullName)) return;
    matched++;
    const effective = analysis.effective(index);
    // Documented choice: what AWS allows whatever the policies say (sts:GetCallerIdentity)
    // breaks no `neverAllowed`: no policy could deny it, so asserting it is never useful.
    const offends =
      kind === 'alwaysAllowed'
        ? effective !== 'allowed'
        : effective !== 'denied' && analysis.region(index) !== 'alwaysAllowed';
    if (offends) offenders.push({ action: action.fullName, effective, deniedBy: analysis.deniedBy(index) });
  });
  return { kind, pattern, matched, passed: matched > 0 && offenders.length === 0, offenders };
}

/**
 * One result per pattern: `neverAllowed` fails when a matching action is allowed or
 * conditional, `alwaysAllowed` unless every matching action is allowed. A pattern that matches
 * no catalog action fails too (a misspelt pattern would otherwise always pass).
 */
export function checkAssertions(analysis: Analysis, assertions: ScenarioAssertions): AssertionResult[] {
  return [
    ...(assertions.neverAllowed ?? []).map((pattern) => check(analysis, 'neverAllowed', pattern)),
    ...(assertions.alwaysAllowed ?? []).map((pattern) => check(analysis, 'alwaysAllowed', pattern)),
  ];
}
