/** The Monaco completion provider for policy models: a thin adapter over `completionItemsAt`. */
import type { Catalog } from '../../../catalog';
import { monaco } from '../monacoSetup';
import { completionItemsAt } from './completionItems';
import { computeWhenLoaded, languageDataFor } from './languageData';
import { inertMarkdown } from './inertMarkdown';
import { isPolicyModel } from './policyModel';
import type { OffsetRange, PolicyCompletionItem, PolicyCompletionKind } from './types';

const KINDS: Readonly<Record<PolicyCompletionKind, monaco.languages.CompletionItemKind>> = {
  service: monaco.languages.CompletionItemKind.Module,
  action: monaco.languages.CompletionItemKind.Function,
  wildcard: monaco.languages.CompletionItemKind.Constant,
  resource: monaco.languages.CompletionItemKind.Reference,
  operator: monaco.languages.CompletionItemKind.Operator,
  conditionKey: monaco.languages.CompletionItemKind.Variable,
  element: monaco.languages.CompletionItemKind.Property,
  value: monaco.languages.CompletionItemKind.EnumMember,
};

const RETRIGGER: monaco.languages.Command = { id: 'editor.action.triggerSuggest', title: 'Suggest' };

/** A Monaco range from offsets. */
export function rangeOf(model: monaco.editor.ITextModel, range: OffsetRange): monaco.Range {
  return monaco.Range.fromPositions(model.getPositionAt(range.start), model.getPositionAt(range.end));
}

function toMonacoItem(
  model: monaco.editor.ITextModel,
  item: PolicyCompletionItem,
): monaco.languages.CompletionItem {
  return {
    label: item.label,
    kind: KINDS[item.kind],
    insertText: item.insertText,
    insertTextRules: item.snippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
    range: rangeOf(model, item.range),
    detail: item.detail,
    documentation: item.documentation === undefined ? undefined : inertMarkdown(item.documentation),
    sortText: item.sortText,
    filterText: item.filterText,
    command: item.retrigger === true ? RETRIGGER : undefined,
  };
}

/**
 * Registers completion of IAM policy elements, actions, ARNs, operators and condition keys for
 * JSON models under `inmemory://policy/`. `getCatalog` returns null while the catalog loads.
 */
export function registerPolicyCompletion(getCatalog: () => Catalog | null): monaco.IDisposable {
  return monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"', ':'],
    async provideCompletionItems(model, position, _context, token) {
      if (!isPolicyModel(model)) return undefined;
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      const catalog = getCatalog();
      const data = catalog === null ? null : languageDataFor(catalog);
      const list = await computeWhenLoaded(data, () => completionItemsAt(text, offset, data));
      if (token.isCancellationRequested || model.isDisposed()) return undefined;
      return {
        suggestions: list.items.map((item) => toMonacoItem(model, item)),
        incomplete: list.incomplete,
      };
    },
  });
}
