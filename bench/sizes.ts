/**
 * Download sizes, gzip: the catalog index the table needs first, and the JavaScript the built
 * `index.html` loads before any dynamic import (the same set `npm run size` budgets).
 */

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { GENERATED_DIR } from '../src/catalog/node';
import { initialScriptPaths } from '../scripts/lib/initialChunks';
import type { Measurement } from './lib/report';

const SECTION = 'sizes';
const CATALOG_INDEX_BUDGET_KB = 150;
const INITIAL_JS_BUDGET_KB = 150;

/**
 * The production build folder: `dist/`, or `BENCH_DIST` to measure another build (e.g. one
 * made with `vite build --outDir` while `dist/` is being rebuilt).
 */
export const DIST_DIR = resolve(
  process.env.BENCH_DIST || fileURLToPath(new URL('../dist/', import.meta.url)),
);

/** Gzip size in KB, at the level a static host would use at most. */
function gzipKb(data: Buffer): number {
  return gzipSync(data, { level: 9 }).length / 1024;
}

function size(name: string, kb: number | null, target: number, note?: string): Measurement {
  return {
    section: SECTION,
    name,
    unit: 'KB',
    median: kb,
    p95: null,
    target,
    targetStat: 'value',
    ...(note === undefined ? {} : { note }),
  };
}

/** Gzip size of every same-origin script `dist/index.html` loads eagerly; null without a build. */
export function initialJavaScriptKb(dist: string = DIST_DIR): { kb: number; files: number } | null {
  const html = join(dist, 'index.html');
  if (!existsSync(html)) return null;
  const paths = initialScriptPaths(readFileSync(html, 'utf8'));
  // Paths are absolute URLs on the site; the build serves them from `dist`.
  const kb = paths.reduce((sum, path) => sum + gzipKb(readFileSync(join(dist, path))), 0);
  return { kb, files: paths.length };
}

/** Runs the size measurements. */
export async function benchSizes(): Promise<Measurement[]> {
  const index = join(GENERATED_DIR, 'index.json');
  const catalog = existsSync(index)
    ? size('catalog index.json, gzip', gzipKb(readFileSync(index)), CATALOG_INDEX_BUDGET_KB)
    : size('catalog index.json, gzip', null, CATALOG_INDEX_BUDGET_KB, 'missing: npm run catalog:build');
  const initial = initialJavaScriptKb();
  return [
    catalog,
    initial === null
      ? size('initial JavaScript, gzip', null, INITIAL_JS_BUDGET_KB, 'build first: npm run build')
      : size('initial JavaScript, gzip', initial.kb, INITIAL_JS_BUDGET_KB, `${initial.files} files`),
  ];
}
