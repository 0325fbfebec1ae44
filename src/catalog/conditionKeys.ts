/**
 * Case-insensitive condition-key tables that also resolve `${TagKey}`, `<key>` and `Tag/tag-key`
 * templates, with the engine's template matcher (`src/engine/catalogChecks/keyTemplate.ts`), so
 * the editor and the diagnostics read a key the same way.
 */

import { keyMatchesTemplate, parseKeyTemplate, type KeyTemplate } from '../engine';
import type { ConditionKeyEntry } from './schema';
import type { ConditionKeyTable } from './types';

/** Builds a {@link ConditionKeyTable}; templates are parsed on the first miss. */
export function createConditionKeyTable<T extends ConditionKeyEntry>(
  entries: readonly T[],
): ConditionKeyTable<T> {
  const exact = new Map<string, T>();
  for (const entry of entries) exact.set(entry.key.toLowerCase(), entry);
  let templates: (readonly [KeyTemplate, T])[] | undefined;
  return {
    all: entries,
    find(key) {
      const hit = exact.get(key.toLowerCase());
      if (hit !== undefined) return hit;
      templates ??= entries.flatMap((entry) => {
        const template = parseKeyTemplate(entry.key);
        return template === null ? [] : [[template, entry] as const];
      });
      // The most literal text wins, so `events:Metadata/a/Matcher` names
      // `events:Metadata/${MetadataKey}/Matcher`, not `events:Metadata/${MetadataKey}`.
      let best: readonly [KeyTemplate, T] | undefined;
      for (const candidate of templates) {
        const [template] = candidate;
        if (best !== undefined && template.literalLength <= best[0].literalLength) continue;
        if (keyMatchesTemplate(template, key)) best = candidate;
      }
      return best?.[1];
    },
  };
}
