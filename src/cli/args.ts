/**
 * Argument parsing shared by every command: positionals, `--flag value` / `--flag=value`
 * options with a fixed set of values, and `--help`. Errors are values.
 */

/** A flag a command accepts: its allowed values and default. */
export interface FlagSpec {
  readonly values: readonly string[];
  readonly default: string;
  readonly description: string;
  /**
   * The flag may be given several times, each time one value or a comma list; the parsed value
   * is every value joined with commas, each checked against `values`.
   */
  readonly repeatable?: boolean;
  /** A switch: `--name` alone means `true` (`--name=false` turns it off); default `false`. */
  readonly boolean?: boolean;
  /** Free text such as a path: any value is accepted; `values[0]` names it in the help. */
  readonly text?: boolean;
}

/** A switch such as `--fixes`. */
export function switchFlag(description: string): FlagSpec {
  return { values: ['true', 'false'], default: 'false', description, boolean: true };
}

/** A flag taking free text (a path, a service prefix, JSON) that the command checks itself, such as `--scenario <file>`. */
export function textFlag(placeholder: string, description: string): FlagSpec {
  return { values: [placeholder], default: '', description, text: true };
}

/** Parsed arguments of one command. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, string>>;
  readonly help: boolean;
}

/** Result of parsing: the arguments, or a one-line problem. */
export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; problem: string };

/** Parses `args` against the flags a command declares. */
export function parseArgs(args: readonly string[], specs: Readonly<Record<string, FlagSpec>>): ArgsResult {
  const positionals: string[] = [];
  const flags: Record<string, string> = {};
  for (const [name, spec] of Object.entries(specs)) flags[name] = spec.default;
  const given = new Set<string>();
  let help = false;
  let onlyPositionals = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, equals < 0 ? undefined : equals) : '';
    const spec = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (spec === undefined)
      return { ok: false, problem: `unknown option ${equals < 0 ? arg : arg.slice(0, equals)}` };
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else if (spec.boolean === true) value = 'true';
    else {
      value = args[i + 1];
      i++;
    }
    if (value === undefined)
      return { ok: false, problem: `option --${name} needs a value (${spec.values.join('|')})` };
    const items = spec.repeatable === true ? value.split(',') : [value];
    const wrong = spec.text === true ? undefined : items.find((item) => !spec.values.includes(item));
    if (wrong !== undefined) {
      return {
        ok: false,
        problem: `option --${name} must be one of ${spec.values.join(', ')}, not "${wrong}"`,
      };
    }
    const earlier = spec.repeatable === true && given.has(name) ? `${flags[name]},` : '';
    flags[name] = `${earlier}${value}`;
    given.add(name);
  }
  return { ok: true, args: { positionals, flags, help } };
}
