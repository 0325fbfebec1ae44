/** The one way the policy language hands Markdown to Monaco. */
import type { monaco } from '../monacoSetup';

/**
 * Markdown as Monaco should take it from us: untrusted (no `command:` links), without HTML and
 * without `$(icon)` syntax. These are Monaco's defaults, spelled out so that no change of
 * default can widen what hover or completion text may do.
 */
export function inertMarkdown(value: string): monaco.IMarkdownString {
  return { value, isTrusted: false, supportHtml: false, supportThemeIcons: false };
}
