/** The CLI's contact with the outside world, injectable so tests run `main` in-process. */

import { readFile, writeFile } from 'node:fs/promises';

/** Where output goes and how files are read. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 text file; errors come back as a one-line problem. */
  readonly readText: (path: string) => Promise<{ ok: true; text: string } | { ok: false; problem: string }>;
  /** Writes a UTF-8 text file (a report); errors come back as a one-line problem. */
  readonly writeText: (path: string, text: string) => Promise<{ ok: true } | { ok: false; problem: string }>;
}

function describeError(verb: 'read' | 'write', path: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const why: Record<string, string> = {
    ENOENT: verb === 'read' ? 'no such file' : 'no such folder',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
  };
  return `cannot ${verb} ${path}: ${why[code] ?? (error instanceof Error ? error.message : 'unknown error')}`;
}

/** The real process streams and file system. */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readText: async (path) => {
    try {
      const text = await readFile(path, 'utf8');
      // Editors on Windows save a byte-order mark, which JSON does not allow.
      return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
    } catch (error) {
      return { ok: false, problem: describeError('read', path, error) };
    }
  },
  writeText: async (path, text) => {
    try {
      await writeFile(path, text, 'utf8');
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: describeError('write', path, error) };
    }
  },
};
