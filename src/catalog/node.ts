/**
 * Node loaders for the catalog (CLI, tests, scripts, benchmarks): they read the generated files
 * from disk. The one file of `src/catalog/` that uses Node built-ins, so `tsconfig.engine.json`
 * and the layer fence in `eslint.config.js` leave it out; the browser never imports it.
 */

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { DATA_URL } from './dataLocation';
import type { Catalog } from './index';
import { createCatalog } from './index';

/** The committed `src/catalog/generated/` folder (its copy beside the bundle in the package). */
export const GENERATED_DIR = fileURLToPath(DATA_URL);

// Prefixes are checked by the catalog before loading; this guards direct use of the loader too.
const PREFIX = /^[a-z0-9-]+$/;

/** Loader reading `services/<prefix>.json` from `dir`. */
export function nodeServiceLoader(dir: string = GENERATED_DIR): (prefix: string) => Promise<unknown> {
  return async (prefix) => {
    if (!PREFIX.test(prefix)) throw new Error(`invalid service prefix ${JSON.stringify(prefix)}`);
    return JSON.parse(await readFile(join(dir, 'services', `${prefix}.json`), 'utf8')) as unknown;
  };
}

/** Loader reading `global-condition-keys.json` from `dir`. */
export function nodeGlobalKeysLoader(dir: string = GENERATED_DIR): () => Promise<unknown> {
  return async () => JSON.parse(await readFile(join(dir, 'global-condition-keys.json'), 'utf8')) as unknown;
}

/** A catalog over the files in `dir` (the committed generated folder by default). */
export function createNodeCatalog(dir: string = GENERATED_DIR): Catalog {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as unknown;
  return createCatalog(index, nodeServiceLoader(dir), nodeGlobalKeysLoader(dir));
}
