/** Every CLI command; add a command by adding its module here (e.g. a future `effective`). */

import type { Command } from './command';
import { effectiveCommand } from './effective';
import { evalCommand } from './eval';

/** The commands `main` knows, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [evalCommand, effectiveCommand];
