/** Shared helpers of this folder's tests (Node only: reads the committed catalog from disk). */
import { createNodeCatalog } from '../../../catalog/node';
import type { Catalog } from '../../../catalog';
import { completionItemsAt } from './completionItems';
import { hoverAt } from './hoverContent';
import { computeWhenLoaded, languageDataFor, type LanguageData } from './languageData';
import type { PolicyCompletionItem, PolicyCompletionList, PolicyHover } from './types';

let shared: Catalog | undefined;

/** The committed catalog, loaded once for all tests of a file. */
export function testCatalog(): Catalog {
  shared ??= createNodeCatalog();
  return shared;
}

/** Splits a source with one `|` cursor mark into the text and the cursor's offset. */
export function cursor(source: string): { readonly text: string; readonly offset: number } {
  const offset = source.indexOf('|');
  if (offset < 0 || source.indexOf('|', offset + 1) >= 0) throw new Error(`need exactly one | in ${source}`);
  return { text: source.slice(0, offset) + source.slice(offset + 1), offset };
}

/** Completion at the `|` mark, once the data it needs has loaded. */
export function completeAt(source: string, data: LanguageData | null = languageDataFor(testCatalog())) {
  const { text, offset } = cursor(source);
  return computeWhenLoaded(data, (): PolicyCompletionList => completionItemsAt(text, offset, data));
}

/** Hover at the `|` mark, once the data it needs has loaded. */
export function hoverAtMark(source: string, data: LanguageData | null = languageDataFor(testCatalog())) {
  const { text, offset } = cursor(source);
  return computeWhenLoaded(data, (): PolicyHover | null => hoverAt(text, offset, data));
}

/** The item with this label; fails the test when there is none. */
export function item(list: PolicyCompletionList, label: string): PolicyCompletionItem {
  const found = list.items.find((candidate) => candidate.label === label);
  if (found === undefined)
    throw new Error(`no item ${label} among ${list.items.map((i) => i.label).join(', ')}`);
  return found;
}

/** The text after applying an item as Monaco would (snippet syntax left in place). */
export function applyItem(source: string, completion: PolicyCompletionItem): string {
  const { text } = cursor(source);
  return text.slice(0, completion.range.start) + completion.insertText + text.slice(completion.range.end);
}

/**
 * Resolves Monaco snippet syntax as the editor would on insertion with default values: `$1`
 * and `$0` vanish, `${1:Name}` leaves `Name`, `${1|a,b|}` leaves `a`, `\$` leaves `$`.
 */
export function expandSnippet(snippet: string): string {
  let out = '';
  let i = 0;
  while (i < snippet.length) {
    const char = snippet[i] ?? '';
    const next = snippet[i + 1] ?? '';
    if (char === '\\' && '$}\\'.includes(next) && next !== '') {
      out += next;
      i += 2;
    } else if (char === '$' && /\d/.test(next)) {
      i++;
      while (/\d/.test(snippet[i] ?? '')) i++;
    } else if (char === '$' && next === '{') {
      const close = snippet.indexOf('}', i);
      const body = snippet.slice(i + 2, close).replace(/^\d+/, '');
      out += body.startsWith(':')
        ? body.slice(1)
        : body.startsWith('|')
          ? (body.slice(1).split(/[,|]/)[0] ?? '')
          : '';
      i = close + 1;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}
