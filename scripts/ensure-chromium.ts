/**
 * Finds a Chromium for the e2e tests or installs Debian's, before Playwright starts.
 * It never downloads a browser through Playwright: this machine reaches only the npm registry
 * and Debian's packages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { chromiumPath } from './chromium';

const INSTALL = 'apt-get update && apt-get install -y chromium';

function fail(message: string): never {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  fail(
    `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist; unset it or install Chromium with: ${INSTALL}`,
  );
}

const found = chromiumPath();
if (found) {
  console.log(`ensure-chromium: using ${found}`);
} else {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    fail(`no Chromium found; install one with: sudo ${INSTALL} (or set CHROMIUM_PATH)`);
  }
  console.log(
    "ensure-chromium: no Chromium found; installing Debian's chromium with apt-get (about a minute)…",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) fail(`apt-get ${args.join(' ')} failed; install Chromium with: ${INSTALL}`);
  }
  const installed = chromiumPath();
  if (!installed) fail(`apt-get finished but /usr/bin/chromium is missing; install it with: ${INSTALL}`);
  console.log(`ensure-chromium: installed ${installed}`);
}
