/** Completion of `Action` / `NotAction` values: service prefixes, then action names. */
import type { CatalogAction, CatalogService } from '../../../catalog';
import { actionDocumentation } from './describe';
import { code, escapeMarkdown } from './markdown';
import { sortKey, valueInsertion } from './insertion';
import type { CursorToken } from './jsonContext';
import type { LanguageData } from './languageData';
import { escapeSnippet } from './snippets';
import type { PolicyCompletionItem, PolicyCompletionList } from './types';

/** The most items one list holds; a capped list is marked incomplete so typing narrows it. */
export const COMPLETION_CAP = 200;

const WILDCARD = /[*?]/;

/** Items for an action value being typed. */
export function actionCompletions(token: CursorToken, data: LanguageData): PolicyCompletionList {
  const typed = token.typed;
  const colon = typed.indexOf(':');
  if (colon < 0) return serviceCompletions(token, data);
  const service = data.catalog.findService(typed.slice(0, colon));
  const namePart = typed.slice(colon + 1);
  if (service === undefined || WILDCARD.test(namePart) || namePart.includes(':')) {
    return { items: [], incomplete: false };
  }
  return actionNameCompletions(token, data, service, namePart);
}

function serviceCompletions(token: CursorToken, data: LanguageData): PolicyCompletionList {
  const typed = token.typed.toLowerCase();
  const items: PolicyCompletionItem[] = [];
  if (typed === '' || typed === '*') {
    items.push({
      label: '*',
      kind: 'wildcard',
      detail: 'every action',
      documentation: `All ${data.catalog.actions.length} actions of every service.`,
      sortText: sortKey(0, 0),
      snippet: true,
      ...valueInsertion(token, '*'),
    });
  }
  let incomplete = false;
  for (const service of data.catalog.services) {
    if (!service.prefix.startsWith(typed)) continue;
    if (items.length >= COMPLETION_CAP) {
      incomplete = true;
      break;
    }
    items.push({
      label: `${service.prefix}:`,
      kind: 'service',
      detail: service.name,
      documentation: `${escapeMarkdown(service.name)}: ${service.actions.length} actions.`,
      sortText: sortKey(1, items.length),
      snippet: true,
      retrigger: true,
      // Outside a string the closing quote comes with the item; the cursor stays before it.
      ...valueInsertion(token, `${escapeSnippet(service.prefix)}:$1`),
    });
  }
  // Typed a whole prefix (`s3`): offer its actions too, so `s3` + Tab can reach `s3:GetObject`.
  const exact = data.catalog.findService(typed);
  if (exact !== undefined && typed !== '') {
    const names = actionNameCompletions(token, data, exact, '');
    return { items: [...items, ...names.items], incomplete: true };
  }
  return { items, incomplete };
}

function actionNameCompletions(
  token: CursorToken,
  data: LanguageData,
  service: CatalogService,
  typedName: string,
): PolicyCompletionList {
  const details = data.details(service.prefix);
  const namePart = typedName.toLowerCase();
  // Names starting with the typed part first, then names merely containing it.
  const starting: CatalogAction[] = [];
  const containing: CatalogAction[] = [];
  for (const action of service.actions) {
    const name = action.name.toLowerCase();
    if (name.startsWith(namePart)) starting.push(action);
    else if (namePart !== '' && name.includes(namePart)) containing.push(action);
  }
  const matches = [...starting, ...containing];
  const items: PolicyCompletionItem[] = [];
  const wildcard = wildcardItem(token, service, typedName, starting);
  if (wildcard !== null) items.push(wildcard);
  for (const [index, action] of matches.slice(0, COMPLETION_CAP).entries()) {
    items.push({
      label: action.fullName,
      kind: 'action',
      detail: action.accessLevel,
      documentation: actionDocumentation(action, details),
      sortText: sortKey(index < starting.length ? 1 : 2, index),
      snippet: true,
      ...valueInsertion(token, escapeSnippet(action.fullName)),
    });
  }
  return { items, incomplete: matches.length > COMPLETION_CAP || details === undefined };
}

/** `s3:Get*` for what was typed (or `s3:*`), when it stands for more than one action. */
function wildcardItem(
  token: CursorToken,
  service: CatalogService,
  typedName: string,
  matches: readonly CatalogAction[],
): PolicyCompletionItem | null {
  if (matches.length < 2) return null;
  const pattern = `${service.prefix}:${typedName}*`;
  const shown = matches.slice(0, 5).map((action) => code(action.fullName));
  const rest = matches.length > shown.length ? `, …and ${matches.length - shown.length} more` : '';
  return {
    label: pattern,
    kind: 'wildcard',
    detail: `${matches.length} actions`,
    documentation: `${typedName === '' ? `Every action of ${escapeMarkdown(service.name)}` : 'Matches'}: ${shown.join(', ')}${rest}.`,
    sortText: sortKey(0, 0),
    snippet: true,
    ...valueInsertion(token, escapeSnippet(pattern)),
  };
}
