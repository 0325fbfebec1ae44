/** Help text for `--help`. */

import type { Command } from './commands/command';

/** Usage of the whole tool. */
export function usage(commands: readonly Command[]): string {
  const lines = ['Usage: iam-playground <command> [options]', '', 'Commands:'];
  for (const command of commands)
    lines.push(`  ${command.name} ${command.synopsis}`, `      ${command.summary}`);
  lines.push('', 'Options:', '  -h, --help  show this help');
  return `${lines.join('\n')}\n`;
}

/** Usage of one command. */
export function commandUsage(command: Command): string {
  const lines = [`Usage: iam-playground ${command.name} ${command.synopsis}`, '', `${command.summary}.`];
  const flags = Object.entries(command.flags);
  if (flags.length > 0) {
    lines.push('', 'Options:');
    for (const [name, spec] of flags) {
      const value =
        spec.boolean === true ? '' : ` ${spec.text === true ? spec.values[0] : spec.values.join('|')}`;
      lines.push(`  --${name}${value}  ${spec.description}`);
    }
  }
  lines.push('  -h, --help  show this help');
  return `${lines.join('\n')}\n`;
}
