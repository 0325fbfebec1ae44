/** The library over `generated/` read from disk, for the CLI, scripts and tests (Node only). */

import { readFile } from 'node:fs/promises';

import { createManagedPolicyLibrary, type ManagedPolicyLibrary } from './index';

const generated = new URL('./generated/', import.meta.url);

async function readJson(relative: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(relative, generated), 'utf8'));
}

/** Reads `index.json` and returns a library whose shards are read from disk on demand. */
export async function loadManagedPoliciesFromDisk(): Promise<ManagedPolicyLibrary> {
  const index = await readJson('index.json');
  // Keys come from the index (`00`…), never from user input, so they cannot escape the folder.
  return createManagedPolicyLibrary(index, (key) => readJson(`shards/${key}.json`));
}
