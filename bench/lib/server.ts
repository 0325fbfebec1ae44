/**
 * `vite preview` of the production build, started for the browser bench and always stopped:
 * on success, on error, and when the bench process itself is interrupted.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A running preview server. */
export interface PreviewServer {
  readonly url: string;
  /** Stops the server and everything it spawned; safe to call twice. */
  stop(): void;
}

const HOST = '127.0.0.1';

/** Whether `port` can be listened on right now. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `start` on, trying `tries` ports. */
export async function findFreePort(start: number, tries = 20): Promise<number | null> {
  for (let port = start; port < start + tries; port++) if (await portIsFree(port)) return port;
  return null;
}

/** Kills the process group `child` leads: `npx` runs vite as a child, which must die too. */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Polls `url` until it answers 200, the server exits, or `timeoutMs` passes. */
async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return `vite preview exited with code ${child.exitCode}`;
    try {
      const response = await fetch(url);
      if (response.ok) return null;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return `vite preview did not answer within ${timeoutMs / 1000} s`;
}

/**
 * Starts `npx vite preview --port <port> --strictPort --outDir <outDir>` in its own process group (so it can be
 * killed with its children) and waits until it serves. Returns an error message on failure,
 * having stopped whatever it started.
 */
export async function startPreview(
  port: number,
  outDir: string,
  timeoutMs = 60_000,
): Promise<PreviewServer | string> {
  const args = [
    'vite',
    'preview',
    '--host',
    HOST,
    '--port',
    String(port),
    '--strictPort',
    '--outDir',
    outDir,
  ];
  const child = spawn('npx', args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  // An interrupted bench must not leave the server behind.
  const onExit = () => killGroup(child);
  const onSignal = (signal: NodeJS.Signals) => {
    killGroup(child);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stop = () => {
    killGroup(child);
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };

  const url = `http://${HOST}:${port}/`;
  const error = await waitUntilServing(url, child, timeoutMs);
  if (error !== null) {
    stop();
    return `${error}${output.trim() ? `: ${output.trim().split('\n').slice(-3).join(' / ')}` : ''}`;
  }
  return { url, stop };
}
