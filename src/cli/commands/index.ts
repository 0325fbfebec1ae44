/** Every CLI command; a new command is a module of this folder, listed here. */

import { checkAccessNotGrantedCommand } from './checkAccessNotGranted';
import { checkNoNewAccessCommand } from './checkNoNewAccess';
import type { Command } from './command';
import { diffCommand } from './diff';
import { effectiveCommand } from './effective';
import { evalCommand } from './eval';
import { explainDenialCommand } from './explainDenial';
import { guardrailsCommand } from './guardrails';
import { testCommand } from './test';

/** The commands `main` knows, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  evalCommand,
  effectiveCommand,
  guardrailsCommand,
  explainDenialCommand,
  diffCommand,
  testCommand,
  checkNoNewAccessCommand,
  checkAccessNotGrantedCommand,
];
