/** Case-insensitive condition-key tables that also resolve `${TagKey}` / `<key>` templates. */

import type { ConditionKeyEntry } from './schema';
import type { ConditionKeyTable } from './types';

const PLACEHOLDER = /\$\{[^}]*\}|<[^>]*>/g;
const REGEX_SPECIALS = /[.*+?^${}()|[\]\\/]/g;

/** Compiles a key template to an anchored, case-insensitive RegExp; null if it has no placeholder. */
function templateRegExp(key: string): RegExp | null {
  let source = '';
  let from = 0;
  for (const match of key.matchAll(PLACEHOLDER)) {
    source += key.slice(from, match.index).replace(REGEX_SPECIALS, '\\$&') + '.+';
    from = match.index + match[0].length;
  }
  if (from === 0) return null;
  return new RegExp(`^${source}${key.slice(from).replace(REGEX_SPECIALS, '\\$&')}$`, 'i');
}

/** Builds a {@link ConditionKeyTable}; template regexes are compiled on the first miss. */
export function createConditionKeyTable<T extends ConditionKeyEntry>(
  entries: readonly T[],
): ConditionKeyTable<T> {
  const exact = new Map<string, T>();
  for (const entry of entries) exact.set(entry.key.toLowerCase(), entry);
  let templates: (readonly [RegExp, T])[] | undefined;
  return {
    all: entries,
    find(key) {
      const hit = exact.get(key.toLowerCase());
      if (hit !== undefined) return hit;
      templates ??= entries.flatMap((entry) => {
        const regex = templateRegExp(entry.key);
        return regex === null ? [] : [[regex, entry] as const];
      });
      return templates.find(([regex]) => regex.test(key))?.[1];
    },
  };
}
