/**
 * Where the e2e tests' Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else a
 * Chromium already in Playwright's own cache. Returns null when there is none.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Candidate executables inside Playwright's browser cache, newest first. */
function playwrightCacheCandidates(): string[] {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()
    .flatMap((d) => [
      join(cache, d, 'chrome-linux64', 'chrome'),
      join(cache, d, 'chrome-linux', 'chrome'),
      join(cache, d, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
    ]);
}

/** The Chromium executable to use, or null. */
export function chromiumPath(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return ['/usr/bin/chromium', ...playwrightCacheCandidates()].find((p) => existsSync(p)) ?? null;
}
