/** The CLI's contact with the outside world, injectable so tests run `main` in-process. */

import { readFile, writeFile } from 'node:fs/promises';

/** Where output goes and how files are read. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 text file; errors come back as a one-line problem. */
  readonly readText: (path: string) => Promise<ReadResult>;
  /** Writes a UTF-8 text file (a report); errors come back as a one-line problem. */
  readonly writeText: (path: string, text: string) => Promise<{ ok: true } | { ok: false; problem: string }>;
  /** Reads standard input to its end (a terminal is a problem, not a wait for typing). */
  readonly readStdin: () => Promise<ReadResult>;
}

/** Text read, or the one-line problem. */
export type ReadResult = { ok: true; text: string } | { ok: false; problem: string };

/** Most bytes read from standard input: a CloudTrail log file of a few thousand events. */
export const MAX_STDIN_BYTES = 8_000_000;

async function readAllStdin(): Promise<ReadResult> {
  if (process.stdin.isTTY) return { ok: false, problem: 'nothing on standard input (it is a terminal)' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_STDIN_BYTES)
      return { ok: false, problem: `standard input is over ${MAX_STDIN_BYTES} bytes` };
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function describeError(verb: 'read' | 'write', path: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const why: Record<string, string> = {
    ENOENT: verb === 'read' ? 'no such file' : 'no such folder',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENAMETOOLONG: 'the name is too long',
    ENOTDIR: 'a folder in the path is a file',
  };
  // Node's own message repeats the path; the code alone says enough after it.
  return `cannot ${verb} ${path}: ${why[code] ?? (code || (error instanceof Error ? error.message : 'unknown error'))}`;
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
  readStdin: readAllStdin,
};
