/**
 * Runs the CLI in-process for tests: scenario files in a temporary folder (removed after the
 * suite), and `main` with captured output.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

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
