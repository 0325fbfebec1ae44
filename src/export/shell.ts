/**
 * POSIX shell quoting for generated scripts. Every value a person typed (names, ARNs, policy
 * texts) goes through {@link shellQuote}; comments go through {@link shellComment}, so no input
 * can end a quote or a comment line and run as a command.
 */

// Characters with no meaning to sh in an unquoted word (no globbing, expansion, or splitting).
const BARE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** `value` as one shell word: bare when harmless, else in single quotes with `'` as `'\''`. */
export function shellQuote(value: string): string {
  if (BARE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
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
