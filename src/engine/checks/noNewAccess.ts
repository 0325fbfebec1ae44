/**
 * `checkNoNewAccess`: whether a new policy document allows anything an existing (or
 * reference) document does not, as Access Analyzer's CheckNoNewAccess asks
 * (https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckNoNewAccess.html) —
 * answered offline over the whole action catalog.
 */

import type { CatalogAction } from '../analysis/types';
import { diffAnalyses } from '../diff/diff';
import type { EffectiveDiff } from '../diff/types';
import { analyzeStatements, checkPartition, withDenies } from './analyzeDocument';
import type { CheckedDocument } from './documents';
import {
  findingOf,
  outcomeOf,
  type CheckWording,
  type PolicyCheckOutcome,
  type PolicyCheckResult,
} from './result';

/**
 * Access Analyzer's wording. Documented choice: AWS documents the FAIL message and reasons
 * (https://docs.aws.amazon.com/cli/latest/reference/accessanalyzer/check-no-new-access.html)
 * but shows no PASS response; the PASS message mirrors the FAIL one.
 */
const WORDING: CheckWording = {
  pass: 'The modified permissions do not grant new access compared to your existing policy.',
  fail: 'The modified permissions grant new access compared to your existing policy.',
  reason: 'New access in',
};

/** The actions of a diff that may allow requests the old side denies, in catalog order. */
export function newAccessActions(diff: EffectiveDiff): string[] {
  return [...diff.gained, ...diff.changed.filter((entry) => entry.newAccess)].map((entry) => entry.action);
}

/**
 * Compares the documents over `actions`. Each Allow statement of `updated` is analysed with
 * the document's Deny statements and compared with the whole `existing` document; the ones
 * that may grant more are the reasons. A FAIL is "may grant new access": an action is new
 * access unless the analysis proves every request it allows was allowed before.
 */
export function checkNoNewAccess(
  existing: CheckedDocument,
  updated: CheckedDocument,
  actions: readonly CatalogAction[],
): PolicyCheckOutcome {
  const partition = checkPartition(updated, existing);
  const before = analyzeStatements(existing, existing.statements, actions, partition);
  const findings = updated.statements
    .filter((statement) => statement.effect === 'Allow')
    .flatMap((allow) => {
      const after = analyzeStatements(updated, withDenies(updated, allow), actions, partition);
      return findingOf(allow, newAccessActions(diffAnalyses(before, after, { partition })));
    });
  return outcomeOf(WORDING, findings);
}

/** At most this many action names in one reason of the scenario form. */
const NAMES_PER_REASON = 10;

/**
 * The scenario form of the check: PASS when the diff of two scenarios' effective sets shows
 * no new access; otherwise one reason per service, naming its actions (whole scenarios have
 * no one statement to point at).
 */
export function scenarioNoNewAccess(diff: EffectiveDiff): PolicyCheckResult {
  const byService = new Map<string, string[]>();
  for (const action of newAccessActions(diff)) {
    const service = action.slice(0, action.indexOf(':'));
    byService.set(service, [...(byService.get(service) ?? []), action]);
  }
  const reasons = [...byService].map(([service, actions]) => {
    const shown = actions.slice(0, NAMES_PER_REASON).join(', ');
    const more = actions.length > NAMES_PER_REASON ? ` and ${actions.length - NAMES_PER_REASON} more` : '';
    const noun = actions.length === 1 ? 'action' : 'actions';
    return { description: `New access to ${actions.length} ${noun} of ${service}: ${shown}${more}.` };
  });
  const failed = reasons.length > 0;
  return { result: failed ? 'FAIL' : 'PASS', message: failed ? WORDING.fail : WORDING.pass, reasons };
}
