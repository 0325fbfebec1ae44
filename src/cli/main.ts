/**
 * The `iam-playground` command line. `main` returns the exit code and never throws: 0 when it
 * ran, 2 with one `iam-playground: <problem>` line on stderr for bad input, 1 for an internal
 * error (a bug), also reported in one line.
 */

import { escapeControls } from '../engine';
import { parseArgs } from './args';
import { fail } from './commands/command';
import { COMMANDS } from './commands';
import { processIo, type CliIo } from './io';
import { commandUsage, usage } from './usage';

async function dispatch(args: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = args;
  if (first === undefined) return fail(io, 'missing command (try --help)');
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(usage(COMMANDS));
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (command === undefined) {
    return fail(
      io,
      first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}" (try --help)`,
    );
  }
  const parsed = parseArgs(rest, command.flags);
  if (!parsed.ok) return fail(io, `${command.name}: ${parsed.problem}`);
  if (parsed.args.help) {
    io.stdout(commandUsage(command));
    return 0;
  }
  return command.run(parsed.args, io);
}

/** Runs the CLI with `args` (without `node` and the script path); resolves to the exit code. */
export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`iam-playground: internal error: ${escapeControls(message.split('\n')[0] ?? '')}\n`);
    return 1;
  }
}
