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

/** One folder the generator owns: every file in it is generated, and nothing else belongs there. */
export interface GeneratedTarget {
  /** Absolute path of the folder. */
  readonly dir: string;
  /** The folder as messages name it, relative to the repository (`src/engine/generated`). */
  readonly label: string;
  readonly files: GeneratedFiles;
}

/** The diffs of several folders as one, each path prefixed with its folder's label. */
function mergeDiffs(parts: readonly { readonly label: string; readonly diff: CatalogDiff }[]): CatalogDiff {
  const prefixed = (pick: (diff: CatalogDiff) => readonly string[]) =>
    parts.flatMap(({ label, diff }) => pick(diff).map((path) => `${label}/${path}`));
  return {
    missing: prefixed((diff) => diff.missing),
    stale: prefixed((diff) => diff.stale),
    extra: prefixed((diff) => diff.extra),
  };
}

/** Compares every target with its folder (see {@link diffAgainstDir}). */
export function diffTargets(targets: readonly GeneratedTarget[]): CatalogDiff {
  return mergeDiffs(targets.map(({ dir, label, files }) => ({ label, diff: diffAgainstDir(files, dir) })));
}

/** Brings every target's folder up to date (see {@link writeFiles}); returns what it changed. */
export function writeTargets(targets: readonly GeneratedTarget[]): CatalogDiff {
  return mergeDiffs(targets.map(({ dir, label, files }) => ({ label, diff: writeFiles(files, dir) })));
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
