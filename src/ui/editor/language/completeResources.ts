/** Completion of `Resource` / `NotResource` values: ARN templates of the statement's actions. */
import type { CatalogAction } from '../../../catalog';
import { code } from './markdown';
import { sortKey, valueInsertion } from './insertion';
import type { CursorToken } from './jsonContext';
import type { LanguageData } from './languageData';
import { templateLabel, templateSnippet } from './snippets';
import { resolveStatementActions } from './statementActions';
import type { PolicyCompletionItem, PolicyCompletionList } from './types';

interface TemplateUse {
  readonly arn: string;
  readonly typeName: string;
  readonly service: string;
  readonly actions: string[];
  required: boolean;
}

/** How many action names a resource item's documentation lists. */
const ACTIONS_SHOWN = 6;

/** Items for a resource value, given the statement's `Action` patterns. */
export function resourceCompletions(
  token: CursorToken,
  data: LanguageData,
  actionPatterns: readonly string[],
): PolicyCompletionList {
  const actions = resolveStatementActions(data.catalog, actionPatterns);
  const uses = templateUses(actions);
  const items: PolicyCompletionItem[] = uses.map((use, index) => {
    const names = use.actions.slice(0, ACTIONS_SHOWN).map(code);
    const more = use.actions.length > names.length ? `, …and ${use.actions.length - names.length} more` : '';
    return {
      label: templateLabel(use.arn),
      kind: 'resource',
      detail: `${use.service} ${use.typeName}`,
      documentation: `ARN of the resource type ${code(use.typeName)}${use.required ? ' (required)' : ''}, used by ${names.join(', ')}${more}.`,
      sortText: sortKey(0, index),
      snippet: true,
      ...valueInsertion(token, templateSnippet(use.arn)),
    };
  });
  const allWildcardOnly = actions.length > 0 && uses.length === 0;
  items.push({
    label: '*',
    kind: 'wildcard',
    detail: 'every resource',
    documentation: allWildcardOnly
      ? 'These actions have no resource types: they need `"Resource": "*"`.'
      : 'Every resource.',
    sortText: sortKey(allWildcardOnly ? 0 : 1, 0),
    snippet: true,
    ...valueInsertion(token, '*'),
  });
  return { items, incomplete: false };
}

/** The distinct ARN templates of the actions' resource types, required ones first. */
function templateUses(actions: readonly CatalogAction[]): TemplateUse[] {
  const byArn = new Map<string, TemplateUse>();
  for (const action of actions) {
    for (const type of action.resourceTypes) {
      let use = byArn.get(type.arn);
      if (use === undefined) {
        use = { arn: type.arn, typeName: type.name, service: action.service, actions: [], required: false };
        byArn.set(type.arn, use);
      }
      use.actions.push(action.fullName);
      use.required ||= type.required;
    }
  }
  // Stable sort: required types first, then by how many of the statement's actions use them.
  return [...byArn.values()].sort(
    (a, b) => Number(b.required) - Number(a.required) || b.actions.length - a.actions.length,
  );
}
