#!/usr/bin/env node
// The command-line entry. It runs the TypeScript sources through tsx, so `npm ci` is the only
// install step: there is no separate build of the CLI to forget.
import { register } from 'tsx/esm/api';

register();
// `iam-playground … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
