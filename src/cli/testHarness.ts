/**
 * Runs the CLI in-process for tests: scenario files in a temporary folder (removed after the
 * suite), and `main` with captured output.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';

import { exampleScenario as readmeExample } from '../../bench/lib/scenarios';
import { processIo, type CliIo } from './io';
import { main } from './main';

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Creates a temp folder for this test file; `file` writes into it, `cli` runs `main`. */
export function createCliHarness(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `iam-playground-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let fileCount = 0;
  const run = async (args: string[], stdin: string): Promise<CliRun> => {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      ...processIo,
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      readStdin: async () => ({ ok: true, text: stdin }),
    };
    const code = await main(args, io);
    return { code, stdout, stderr };
  };
  return {
    /** Writes a scenario file and returns its path. */
    file(content: string | Uint8Array): string {
      const path = join(dir, `scenario-${fileCount++}.json`);
      writeFileSync(path, content);
      return path;
    },
    /** Runs the CLI with `args`, capturing stdout and stderr; standard input is empty. */
    async cli(...args: string[]): Promise<CliRun> {
      return run(args, '');
    },
    /** Runs the CLI with `stdin` as standard input. */
    async cliWithStdin(stdin: string, ...args: string[]): Promise<CliRun> {
      return run(args, stdin);
    },
    dir,
  };
}

/** The one-line error contract: exit 2, nothing on stdout, one prefixed line on stderr. */
export function expectUsageError(run: CliRun, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^iam-playground: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
}

/**
 * The README's example (bench's `exampleScenario`: a role session with AdministratorAccess
 * under the `ec2-boundary` permissions boundary), with `boundaryActions` as the boundary's
 * Allow (default `ec2:*`) and `extra` fields (requests, assert) merged in.
 */
export function exampleScenario(
  boundaryActions: string | string[] = 'ec2:*',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const boundary = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: boundaryActions, Resource: '*' }],
  };
  return { ...readmeExample(), permissionsBoundary: { name: 'ec2-boundary', document: boundary }, ...extra };
}
