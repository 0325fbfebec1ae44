/** Policy hovers as a pure function of the text, the offset and the catalog data. */
import { keysSupportedBy, lookupConditionKey } from './conditionKeys';
import {
  actionHoverContents,
  conditionKeyHoverContents,
  operatorHoverContents,
  wildcardHoverContents,
} from './describe';
import { stringAt } from './jsonContext';
import type { LanguageData } from './languageData';
import { code } from './markdown';
import { describeOperator } from './operators';
import type { PolicyHover } from './types';

const WILDCARD = /[*?]/;

/**
 * The hover at `offset` (0-based): an action or action pattern in `Action`/`NotAction`, a
 * condition operator, or a condition key. Null elsewhere, for unknown names (the diagnostics
 * speak about those) and, for catalog-backed hovers, while `data` is null.
 */
export function hoverAt(text: string, offset: number, data: LanguageData | null): PolicyHover | null {
  const found = stringAt(text, offset);
  if (found === null) return null;
  const contents = hoverContents(found.slot.kind, found.value, data);
  return contents === null ? null : { contents, range: found.range };
}

function hoverContents(kind: string, value: string, data: LanguageData | null): string[] | null {
  if (kind === 'operator-key') {
    const entry = describeOperator(value);
    return entry === null ? null : operatorHoverContents(entry);
  }
  if (data === null) return null;
  if (kind === 'action-value') return actionHover(value, data);
  if (kind === 'condition-key') {
    const known = lookupConditionKey(value, data);
    if (known === undefined) return null;
    // A service's own key: which of its actions list it (a global key applies across services).
    const supportedBy =
      known.origin === 'service' ? actionsSupporting(known.entry.key, value, data) : undefined;
    return conditionKeyHoverContents(value, known.entry, known.origin, known.category, supportedBy);
  }
  return null;
}

function actionHover(value: string, data: LanguageData): string[] | null {
  const { catalog } = data;
  if (value === '*') return [`**${code('*')}** — every action of every service (${catalog.actions.length}).`];
  if (WILDCARD.test(value)) return wildcardHoverContents(value, catalog.actionsMatching(value));
  const action = catalog.findAction(value);
  if (action === undefined) return null;
  const service = catalog.findService(action.service);
  const keys = keysSupportedBy([action], data).map((key) => key.entry.key);
  return actionHoverContents(action, service?.name ?? action.service, data.details(action.service), keys);
}

/** The actions of the key's service that support it (its own keys or its resource types'). */
function actionsSupporting(template: string, written: string, data: LanguageData): string[] {
  const prefix = written.slice(0, written.indexOf(':')).toLowerCase();
  const service = data.catalog.findService(prefix);
  if (service === undefined) return [];
  const lower = template.toLowerCase();
  const found = keysSupportedBy(service.actions, data).find((key) => key.entry.key.toLowerCase() === lower);
  return found === undefined ? [] : [...found.actions];
}
