/** Completion inside `Condition`: operator names, and condition keys under an operator. */
import { keysSupportedBy, type GlobalConditionKeyEntry, type KnownConditionKey } from './conditionKeys';
import { conditionKeyDocumentation } from './describe';
import { code } from './markdown';
import { keyInsertion, sortKey } from './insertion';
import type { CursorToken } from './jsonContext';
import type { LanguageData } from './languageData';
import { OPERATOR_ENTRIES } from './operators';
import { escapeSnippet, templateLabel, templateSnippet } from './snippets';
import { resolveStatementActions } from './statementActions';
import type { PolicyCompletionItem, PolicyCompletionList } from './types';

/** Items for an operator key of a `Condition` block. */
export function operatorCompletions(
  token: CursorToken,
  siblingKeys: readonly string[],
): PolicyCompletionList {
  const present = new Set(siblingKeys);
  const items: PolicyCompletionItem[] = [];
  for (const [index, entry] of OPERATOR_ENTRIES.entries()) {
    if (present.has(entry.name)) continue;
    items.push({
      label: entry.name,
      kind: 'operator',
      detail: `${entry.family} operator`,
      documentation: entry.summary,
      sortText: sortKey(0, index),
      snippet: true,
      retrigger: !token.colonFollows,
      ...keyInsertion(token, entry.name, escapeSnippet(entry.name), '{\n\t"$1": "$2"\n}'),
    });
  }
  return { items, incomplete: false };
}

/** How many action names a key's documentation lists. */
const ACTIONS_SHOWN = 4;

/**
 * Items for a condition key under an operator: the keys the statement's actions support, then
 * the global `aws:` keys (and the few cross-service global keys of the statement's services).
 */
export function conditionKeyCompletions(
  token: CursorToken,
  data: LanguageData,
  actionPatterns: readonly string[],
  siblingKeys: readonly string[],
): PolicyCompletionList {
  const actions = resolveStatementActions(data.catalog, actionPatterns);
  const services = new Set(actions.map((action) => action.service));
  const present = new Set(siblingKeys.map((key) => key.toLowerCase()));
  const seen = new Set<string>();
  const items: PolicyCompletionItem[] = [];
  const add = (known: KnownConditionKey, group: number, note: string): void => {
    const lower = known.entry.key.toLowerCase();
    if (seen.has(lower) || present.has(lower)) return;
    seen.add(lower);
    const label = templateLabel(known.entry.key);
    items.push({
      label,
      kind: 'conditionKey',
      detail: known.entry.type,
      documentation: [conditionKeyDocumentation(known.entry, known.origin, known.category), note]
        .filter((text) => text !== '')
        .join('\n\n'),
      sortText: sortKey(group, items.length),
      snippet: true,
      ...keyInsertion(token, label, templateSnippet(known.entry.key), '"$0"'),
    });
  };
  for (const key of keysSupportedBy(actions, data)) {
    const names = key.actions.slice(0, ACTIONS_SHOWN).map(code);
    const more = key.actions.length > names.length ? `, …and ${key.actions.length - names.length} more` : '';
    add(key, 0, `Supported by ${names.join(', ')}${more}.`);
  }
  const globals = data.globalKeys();
  for (const entry of globals?.all ?? []) {
    if (!isOfferedGlobal(entry, services)) continue;
    add({ entry, origin: 'global', category: entry.category }, 1, '');
  }
  return { items, incomplete: globals === undefined || data.pending() !== null };
}

/** `aws:` keys always; a cross-service global key only when the statement uses its service. */
function isOfferedGlobal(entry: GlobalConditionKeyEntry, services: ReadonlySet<string>): boolean {
  const prefix = entry.key.slice(0, entry.key.indexOf(':')).toLowerCase();
  return prefix === 'aws' || services.has(prefix);
}
