#!/usr/bin/env node
// The command-line entry. It runs the TypeScript sources through tsx, so `npm ci` is the only
// install step: there is no separate build of the CLI to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
