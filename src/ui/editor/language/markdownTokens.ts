/**
 * Test helper (used by the Markdown tests only): runs Markdown through the lexer Monaco renders
 * hovers with, so tests check what a reader would see, not how the source looks.
 */
import { lexer, type MarkedToken } from 'monaco-editor/base/common/marked/marked.js';

/** Every token of `markdown`, depth first. */
export function markdownTokens(markdown: string): MarkedToken[] {
  const walk = (tokens: readonly MarkedToken[]): MarkedToken[] =>
    tokens.flatMap((token) => [token, ...walk(token.tokens ?? []), ...walk(token.items ?? [])]);
  return walk(lexer(markdown));
}

/** Tokens that do more than show text: links, images, raw HTML, line breaks. */
export function activeTokens(markdown: string): MarkedToken[] {
  return markdownTokens(markdown).filter((token) => ['link', 'image', 'html', 'br'].includes(token.type));
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The text of a token as a reader sees it (marked HTML-escapes the text of code spans). */
export function shownText(token: MarkedToken): string {
  return (token.text ?? '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}
