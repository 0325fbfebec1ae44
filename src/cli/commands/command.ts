/** The shape every CLI command has; `main` dispatches on `name`. */

import type { FlagSpec, ParsedArgs } from '../args';
import { escapeControls } from '../../engine';
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
 * Writes the one-line problem report and returns {@link EXIT_USAGE}. The problem quotes file
 * names and scenario values, so its control characters (line breaks included) show as escapes.
 */
export function fail(io: CliIo, problem: string): number {
  io.stderr(`iam-playground: ${escapeControls(problem)}\n`);
  return EXIT_USAGE;
}

/** Writes a note (not a problem: the command goes on) on stderr, safe for the terminal. */
export function note(io: CliIo, text: string): void {
  io.stderr(`iam-playground: note: ${escapeControls(text)}\n`);
}
