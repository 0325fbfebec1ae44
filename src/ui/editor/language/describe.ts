/** Markdown descriptions of catalog entries, shared by completion documentation and hovers. */
import type { CatalogAction, ServiceDetails } from '../../../catalog';
import type { ConditionKeyEntry } from './conditionKeys';
import { code, escapeMarkdown } from './markdown';
import type { OperatorEntry } from './operators';

/** How many resource types a hover lists before summarising the rest. */
const RESOURCE_TYPES_SHOWN = 8;

/** The action's description, if its service's details are loaded. */
export function actionDescription(
  action: CatalogAction,
  details: ServiceDetails | undefined,
): string | undefined {
  const description = details?.action(action.name)?.description;
  return description === undefined || description === '' ? undefined : description;
}

/** One line naming the resource types an action accepts (`*` marks the required ones). */
export function resourceTypesLine(action: CatalogAction): string {
  if (action.wildcardOnly) return 'Resource: only `"*"` (the action has no resource types).';
  const names = action.resourceTypes.map((type) => code(type.required ? `${type.name}*` : type.name));
  return `Resource types: ${names.join(', ')}`;
}

// Completion lists rebuild on every keystroke; an action's documentation never changes once
// its service's details are in.
const documentationCache = new WeakMap<CatalogAction, string>();

/** Documentation of an action in the completion list: description and resource types. */
export function actionDocumentation(action: CatalogAction, details: ServiceDetails | undefined): string {
  const cached = documentationCache.get(action);
  if (cached !== undefined) return cached;
  const description = actionDescription(action, details);
  const lines = description === undefined ? [] : [escapeMarkdown(description)];
  lines.push(resourceTypesLine(action));
  const documentation = lines.join('\n\n');
  if (details !== undefined) documentationCache.set(action, documentation);
  return documentation;
}

/** Hover paragraphs for one action. */
export function actionHoverContents(
  action: CatalogAction,
  serviceName: string,
  details: ServiceDetails | undefined,
  conditionKeys: readonly string[] = [],
): string[] {
  const contents = [
    `**${code(action.fullName)}** — ${escapeMarkdown(serviceName)} · access level ${action.accessLevel}`,
  ];
  const description = actionDescription(action, details);
  if (description !== undefined) contents.push(escapeMarkdown(description));
  if (action.wildcardOnly) {
    contents.push(resourceTypesLine(action));
  } else {
    const shown = action.resourceTypes.slice(0, RESOURCE_TYPES_SHOWN).map((type) => {
      const required = type.required ? ' (required)' : '';
      return `- ${code(type.name)}${required}: ${code(type.arn)}`;
    });
    const more = action.resourceTypes.length - shown.length;
    if (more > 0) shown.push(`- …and ${more} more`);
    contents.push(`Resource types:\n${shown.join('\n')}`);
  }
  if (conditionKeys.length > 0) {
    const keys = conditionKeys.slice(0, KEYS_SHOWN).map(code);
    const more = conditionKeys.length - keys.length;
    contents.push(`Condition keys: ${keys.join(', ')}${more > 0 ? `, …and ${more} more` : ''}`);
  }
  contents.push(
    `Reference: ${escapeMarkdown(serviceName)} in the AWS Service Authorization Reference (${SERVICE_REFERENCE})`,
  );
  return contents;
}

/** How many condition keys an action hover lists before summarising the rest. */
const KEYS_SHOWN = 12;

/** The index of the Service Authorization Reference, where every service's actions are documented. */
const SERVICE_REFERENCE =
  'docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html';

/** How many matches a wildcard hover lists by name. */
const MATCHES_SHOWN = 10;

/** Hover paragraphs for an action pattern with wildcards. */
export function wildcardHoverContents(pattern: string, matches: readonly CatalogAction[]): string[] {
  if (matches.length === 0) return [`**${code(pattern)}** matches no action in the catalog.`];
  const plural = matches.length === 1 ? 'action' : 'actions';
  const byLevel = new Map<string, number>();
  for (const action of matches) byLevel.set(action.level, (byLevel.get(action.level) ?? 0) + 1);
  const levels = [...byLevel].map(([level, count]) => `${level} ${count}`).join(' · ');
  const shown = matches.slice(0, MATCHES_SHOWN).map((a) => `- ${code(a.fullName)} (${a.accessLevel})`);
  const more = matches.length - shown.length;
  if (more > 0) shown.push(`- …and ${more} more`);
  return [`**${code(pattern)}** matches ${matches.length} ${plural} (${levels})`, shown.join('\n')];
}

/** Where a condition key comes from, for its documentation. */
export type KeyOrigin = 'global' | 'service';

/** Documentation of a condition key: description and where it applies. */
export function conditionKeyDocumentation(
  entry: ConditionKeyEntry,
  origin: KeyOrigin,
  category?: string,
): string {
  const where =
    origin === 'global'
      ? `Global condition key${category === undefined ? '' : ` (${category})`}.`
      : 'Service-specific condition key.';
  const description = entry.description === '' ? [] : [escapeMarkdown(entry.description)];
  return [...description, where].join('\n\n');
}

/** Hover paragraphs for a condition key as written in a policy, given its catalog entry. */
export function conditionKeyHoverContents(
  written: string,
  entry: ConditionKeyEntry,
  origin: KeyOrigin,
  category?: string,
  supportedBy?: readonly string[],
): string[] {
  const template = entry.key.toLowerCase() === written.toLowerCase() ? '' : ` (${code(entry.key)})`;
  const contents = [
    `**${code(written)}**${template} — type ${code(entry.type)}`,
    conditionKeyDocumentation(entry, origin, category),
  ];
  if (supportedBy !== undefined) {
    if (supportedBy.length === 0) contents.push('No action of its service lists it.');
    else {
      const shown = supportedBy.slice(0, ACTIONS_SHOWN).map(code);
      const more = supportedBy.length - shown.length;
      const plural = supportedBy.length === 1 ? 'action supports' : 'actions support';
      contents.push(
        `${supportedBy.length} ${plural} it: ${shown.join(', ')}${more > 0 ? `, …and ${more} more` : ''}`,
      );
    }
  }
  return contents;
}

/** How many supporting actions a condition-key hover lists by name. */
const ACTIONS_SHOWN = 10;

/** Hover paragraphs for a condition operator. */
export function operatorHoverContents(entry: OperatorEntry): string[] {
  return [`**${code(entry.name)}** — ${entry.family} condition operator`, entry.summary];
}
