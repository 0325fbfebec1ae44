/** `--check` and writing: compare generated files with a folder, or make the folder match. */

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

import type { GeneratedFiles } from './generate';

/** How a folder differs from what the generator would write. */
export interface CatalogDiff {
  /** Expected but absent. */
  readonly missing: readonly string[];
  /** Present with other content. */
  readonly stale: readonly string[];
  /** Present but no longer generated (e.g. a service that left the data). */
  readonly extra: readonly string[];
}

/** Every file below `dir`, as `/`-separated relative paths; empty if `dir` does not exist. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Compares `files` with the content of `dir`, byte for byte. */
export function diffAgainstDir(files: GeneratedFiles, dir: string): CatalogDiff {
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [path, content] of files) {
    const full = join(dir, path);
    if (!existsSync(full)) missing.push(path);
    else if (readFileSync(full, 'utf8') !== content) stale.push(path);
  }
  const extra = listFiles(dir).filter((path) => !files.has(path));
  return { missing: missing.sort(), stale: stale.sort(), extra };
}

/** Whether the folder is up to date. */
export function isClean(diff: CatalogDiff): boolean {
  return diff.missing.length + diff.stale.length + diff.extra.length === 0;
}

/** One line naming what differs (the first few files of each kind), for CI logs. */
export function describeDiff(diff: CatalogDiff): string {
  const part = (label: string, paths: readonly string[]) =>
    paths.length === 0
      ? []
      : [`${paths.length} ${label} (${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''})`];
  const parts = [
    ...part('stale', diff.stale),
    ...part('missing', diff.missing),
    ...part('extra', diff.extra),
  ];
  return `catalog: out of date: ${parts.join('; ')}; run npm run catalog:build`;
}

/** Makes `dir` hold exactly `files`: writes what differs, deletes what is no longer generated. */
export function writeFiles(files: GeneratedFiles, dir: string): CatalogDiff {
  const diff = diffAgainstDir(files, dir);
  for (const path of [...diff.missing, ...diff.stale]) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, files.get(path) ?? '');
  }
  for (const path of diff.extra) rmSync(join(dir, path));
  return diff;
}
