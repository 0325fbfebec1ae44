/** The library over `generated/` read from disk, for the CLI, scripts and tests (Node only). */

import { readFile } from 'node:fs/promises';

import { DATA_URL } from './dataLocation';
import { createManagedPolicyLibrary, type ManagedPolicyLibrary } from './index';

async function readJson(relative: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(relative, DATA_URL), 'utf8'));
}

/** Reads `index.json` and returns a library whose shards are read from disk on demand. */
export async function loadManagedPoliciesFromDisk(): Promise<ManagedPolicyLibrary> {
  const index = await readJson('index.json');
  // Keys come from the index (`00`…), never from user input, so they cannot escape the folder.
  return createManagedPolicyLibrary(index, (key) => readJson(`shards/${key}.json`));
}
