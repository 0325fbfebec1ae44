/**
 * Policy completion as a pure function of the text, the cursor and the catalog data: the
 * Monaco provider (`completion.ts`) only converts offsets and kinds.
 */
import { actionCompletions } from './completeActions';
import { conditionKeyCompletions, operatorCompletions } from './completeConditions';
import {
  effectCompletions,
  policyElementCompletions,
  statementElementCompletions,
  versionCompletions,
} from './completeElements';
import { resourceCompletions } from './completeResources';
import { cursorContext, statementStrings } from './jsonContext';
import type { LanguageData } from './languageData';
import type { PolicyCompletionList } from './types';

const EMPTY: PolicyCompletionList = { items: [], incomplete: false };
/** Catalog-backed slots before the catalog has loaded: empty, but ask again. */
const WAITING: PolicyCompletionList = { items: [], incomplete: true };

/**
 * The completion items at `offset` (0-based) in a policy's text. `data` is null while the
 * catalog loads: element names, `Effect` values and operators are offered regardless.
 */
export function completionItemsAt(
  text: string,
  offset: number,
  data: LanguageData | null,
): PolicyCompletionList {
  const context = cursorContext(text, offset);
  if (context === null) return EMPTY;
  const { slot, token, siblingKeys } = context;
  switch (slot.kind) {
    case 'policy-key':
      return policyElementCompletions(token, siblingKeys);
    case 'statement-key':
      return statementElementCompletions(token, siblingKeys);
    case 'effect-value':
      return effectCompletions(token);
    case 'version-value':
      return versionCompletions(token);
    case 'operator-key':
      return operatorCompletions(token, siblingKeys);
    case 'action-value':
      return data === null ? WAITING : actionCompletions(token, data);
    case 'resource-value':
      // Documented choice: only `Action` feeds ARN templates; under `NotAction` the statement
      // covers nearly every action, so their resource types would be noise.
      return data === null
        ? WAITING
        : resourceCompletions(token, data, statementStrings(context.root, context.statementPath, 'Action'));
    case 'condition-key':
      return data === null
        ? WAITING
        : conditionKeyCompletions(
            token,
            data,
            statementStrings(context.root, context.statementPath, 'Action'),
            siblingKeys,
          );
    case 'other':
      return EMPTY;
  }
}
