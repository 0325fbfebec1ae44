/**
 * POSIX shell quoting for generated scripts. Every value a person typed (names, ARNs, policy
 * texts) goes through {@link shellQuote}; comments go through {@link shellComment}, so no input
 * can end a quote or a comment line and run as a command. Every AWS CLI option is one
 * `--flag=value` word ({@link option}), so no value can be read as an option of `aws` either.
 */

// Characters with no meaning to sh in an unquoted word (no globbing, expansion, or splitting).
const BARE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** `value` as one shell word: bare when harmless, else in single quotes with `'` as `'\''`. */
export function shellQuote(value: string): string {
  if (BARE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

// Documented choice: a value the AWS CLI would read from a file or URL (its "paramfile"
// prefixes, https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-file.html) is
// written with a leading space, which the CLI does not strip: no name, ARN or policy starts so,
// and a typed value must not make the script send a local file instead.
const PARAM_FILE = /^(?:file|fileb|https?):\/\//i;

/** `value` as the AWS CLI must receive it to take it literally. */
function literal(value: string): string {
  return PARAM_FILE.test(value) ? ` ${value}` : value;
}

/**
 * The option `flag` with `value`, as one shell word `--flag=value`. The AWS CLI (argparse) reads
 * a separate value that starts with `-` as another option (`--policy-name --endpoint-url=…`),
 * while after `=` it is always this option's value.
 */
export function option(flag: string, value: string): string {
  return `${flag}=${shellQuote(literal(value))}`;
}

/** The option `flag` reading a file the script wrote (`--flag=file://NAME`). */
export function fileOption(flag: string, file: string): string {
  return `${flag}=${shellQuote(`file://${file}`)}`;
}

/**
 * A list option (`--policy-input-list a b`), as words. One value is `--flag=value`; several are
 * separate words when none could be read as an option or a file, else one JSON list
 * (`--flag='["a","b"]'`), which the AWS CLI accepts for every list parameter.
 */
export function listOption(flag: string, values: readonly string[]): string[] {
  const [first] = values;
  if (values.length === 1 && first !== undefined) return [option(flag, first)];
  if (values.every((value) => !value.startsWith('-') && literal(value) === value))
    return [flag, ...values.map(shellQuote)];
  return [option(flag, JSON.stringify(values))];
}

/** A `# …` comment line; line breaks and control characters in `text` become spaces. */
export function shellComment(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `# ${text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')}`;
}

/** A command from words already quoted, continued over lines when long. */
export function command(words: readonly string[]): string {
  const oneLine = words.join(' ');
  if (oneLine.length <= 110 && !oneLine.includes('\n')) return oneLine;
  // Keep each `--option value` pair on its own line.
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (word.startsWith('--') && current !== '') {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines.join(' \\\n  ');
}

/**
 * A here-document writing `text` to `file`. The delimiter is quoted (no expansion inside) and
 * chosen so that no line of `text` equals it.
 */
export function writeFileCommand(file: string, text: string): string {
  const lines = new Set(text.split(/\r?\n/));
  let delimiter = 'EOF';
  for (let i = 1; lines.has(delimiter); i++) delimiter = `EOF_${i}`;
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `cat > ${shellQuote(file)} <<'${delimiter}'\n${body}${delimiter}`;
}
