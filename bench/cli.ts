/**
 * Start-up of the compiled command line as whole processes: `node bin/iam-playground.js …`
 * spawned several times, output discarded, wall time per process (spawn included). Measures the
 * build in `build/` (`npm run build:package`), the code the published package runs.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Measurement } from './lib/report';
import { EXAMPLE_REQUESTS, exampleScenario } from './lib/scenarios';
import { median, percentile } from './lib/stats';

const SECTION = 'cli';
const BIN = fileURLToPath(new URL('../bin/iam-playground.js', import.meta.url));
const COMPILED = fileURLToPath(new URL('../build/cli.js', import.meta.url));
/** Timed runs per command, after one untimed run that warms the file cache. */
const RUNS = 9;

/**
 * The processes timed (arguments to `node`), with their targets in ms (null: information only).
 * The first is Node alone: the floor under every other line on this machine.
 */
const PROCESSES: readonly {
  name: string;
  argv: (scenario: string) => string[];
  target: number | null;
}[] = [
  { name: 'node -e 0 (the floor)', argv: () => ['-e', '0'], target: null },
  { name: 'iam-playground --help', argv: () => [BIN, '--help'], target: 150 },
  { name: 'iam-playground eval (example)', argv: (s) => [BIN, 'eval', s], target: null },
  {
    name: 'iam-playground effective (example, every action)',
    argv: (s) => [BIN, 'effective', s],
    target: 300,
  },
];

/** Wall time of one process in ms; throws if it fails, since a failing run would time nothing real. */
function timeProcess(argv: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`node ${argv.join(' ')} exited ${result.status}: ${String(result.stderr).trim()}`);
  }
  return elapsed;
}

/** Runs the start-up measurements. */
export async function benchCli(): Promise<Measurement[]> {
  if (!existsSync(COMPILED)) {
    return PROCESSES.map((command) => ({
      section: SECTION,
      name: command.name,
      unit: 'ms',
      median: null,
      p95: null,
      target: command.target,
      targetStat: 'median',
      note: 'missing: npm run build:package',
    }));
  }
  const dir = mkdtempSync(join(tmpdir(), 'iam-playground-bench-'));
  try {
    const scenario = join(dir, 'example.json');
    writeFileSync(scenario, JSON.stringify({ ...exampleScenario(), requests: EXAMPLE_REQUESTS }));
    return PROCESSES.map((command) => {
      const argv = command.argv(scenario);
      timeProcess(argv);
      const times = Array.from({ length: RUNS }, () => timeProcess(argv));
      return {
        section: SECTION,
        name: command.name,
        unit: 'ms',
        median: median(times),
        p95: percentile(times, 95),
        target: command.target,
        targetStat: 'median',
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
