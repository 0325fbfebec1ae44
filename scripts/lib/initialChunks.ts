/**
 * The JavaScript a built `index.html` loads before any dynamic import: its module scripts and
 * module preloads. Shared by the size budget and the e2e test that checks Monaco is lazy.
 */

/** Same-origin paths of the scripts `html` loads eagerly. */
export function initialScriptPaths(html: string): string[] {
  const paths = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag) && /type=["']module["']/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /rel=["']modulepreload["']/i.test(tag);
    const url = /\s(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if ((isScript || isPreload) && url && url.startsWith('/')) paths.add(url);
  }
  return [...paths];
}

/** A string only Monaco's code contains: its worker environment hook. */
export const MONACO_SIGNATURE = 'MonacoEnvironment';
