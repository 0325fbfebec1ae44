/** Catalog check of condition keys: keys that none of a statement's actions support. */
import type { ConditionClause, Diagnostic } from '../types';
import type { KeyMatcher } from './keyMatcher';
import { keyTokenRange } from './keyRange';
import { catalogDiagnostic, shown } from './report';
import type { ViewMemo } from './viewMemo';

/**
 * Reports each condition key that is neither global nor supported by any action of the
 * statement. `supported` holds one key set per Action pattern; the caller passes it only when
 * every pattern resolved to known actions whose service details are loaded.
 */
export function checkConditionKeys(
  clauses: readonly ConditionClause[],
  supported: readonly KeyMatcher[],
  text: string,
  memo: ViewMemo,
  out: Diagnostic[],
): void {
  for (const clause of clauses) {
    const key = clause.key;
    if (memo.key(key) === 'accept') continue;
    if (supported.some((keys) => keys.has(key))) continue;
    out.push(
      catalogDiagnostic(
        'unsupported-condition-key',
        keyTokenRange(text, clause.range),
        `None of this statement's actions support the condition key ${shown(key)}, and it is not a global condition key. Requests for these actions never include it, so this condition will not work as intended.`,
      ),
    );
  }
}
