/** Every CLI command; a new command is a module of this folder, listed here. */

import type { Command } from './command';
import { effectiveCommand } from './effective';
import { evalCommand } from './eval';
import { explainDenialCommand } from './explainDenial';
import { guardrailsCommand } from './guardrails';

/** The commands `main` knows, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  evalCommand,
  effectiveCommand,
  guardrailsCommand,
  explainDenialCommand,
];
