#!/usr/bin/env node
// The command-line entry: runs the compiled CLI in build/ (`npm run build:package`, which `npm ci`
// runs as `prepare` and the published package ships), so no TypeScript is compiled at start-up.
import { existsSync } from 'node:fs';

const cli = new URL('../build/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('iam-playground: the compiled CLI is missing: run `npm run build:package` first\n');
  process.exit(1);
}
// `iam-playground … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
