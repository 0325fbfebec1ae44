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
  return {
    /** Writes a scenario file and returns its path. */
    file(content: string | Uint8Array): string {
      const path = join(dir, `scenario-${fileCount++}.json`);
      writeFileSync(path, content);
      return path;
    },
    /** Runs the CLI with `args`, capturing stdout and stderr. */
    async cli(...args: string[]): Promise<CliRun> {
      let stdout = '';
      let stderr = '';
      const io: CliIo = {
        ...processIo,
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stderr += t),
      };
      const code = await main(args, io);
      return { code, stdout, stderr };
    },
    dir,
  };
}
