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
import { findingOf, outcomeOf, type CheckWording, type PolicyCheckOutcome } from './result';

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
