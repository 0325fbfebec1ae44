/** The shape every CLI command has; `main` dispatches on `name`. */

import type { FlagSpec, ParsedArgs } from '../args';
import { safeText } from '../format/safeText';
import type { CliIo } from '../io';

/** One subcommand of `iam-playground`. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Arguments after the command name, e.g. `<scenario.json> [--format json|text]`. */
  readonly synopsis: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
  /** Runs the command; returns the exit code. Problems are written by the command itself. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** Exit code for bad input (arguments, files, JSON, scenario). */
export const EXIT_USAGE = 2;

/**
 * Writes the one-line problem report and returns {@link EXIT_USAGE}. The problem may quote
 * file names or policy text, so it is made safe for the terminal.
 */
export function fail(io: CliIo, problem: string): number {
  io.stderr(`iam-playground: ${safeText(problem.replace(/\s*\n\s*/g, ' '))}\n`);
  return EXIT_USAGE;
}

/** Writes a note (not a problem: the command goes on) on stderr, safe for the terminal. */
export function note(io: CliIo, text: string): void {
  io.stderr(`iam-playground: note: ${safeText(text)}\n`);
}
