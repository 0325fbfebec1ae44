/** The Monaco hover provider for policy models: a thin adapter over `hoverAt`. */
import type { Catalog } from '../../../catalog';
import { monaco } from '../monacoSetup';
import { rangeOf } from './completion';
import { hoverAt } from './hoverContent';
import { computeWhenLoaded, languageDataFor } from './languageData';
import { inertMarkdown } from './inertMarkdown';
import { isPolicyModel } from './policyModel';

/**
 * Registers hovers for actions (service, access level, description, resource types; match
 * counts for wildcards), condition keys (type, description) and condition operators.
 */
export function registerPolicyHover(getCatalog: () => Catalog | null): monaco.IDisposable {
  return monaco.languages.registerHoverProvider('json', {
    async provideHover(model, position, token) {
      if (!isPolicyModel(model)) return undefined;
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      const catalog = getCatalog();
      const data = catalog === null ? null : languageDataFor(catalog);
      const hover = await computeWhenLoaded(data, () => hoverAt(text, offset, data));
      if (hover === null || token.isCancellationRequested || model.isDisposed()) return undefined;
      return { contents: hover.contents.map(inertMarkdown), range: rangeOf(model, hover.range) };
    },
  });
}
