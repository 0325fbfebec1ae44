/** A shell script being written: lines, unique names, and policy documents as arguments. */

import { command, fileOption, option, shellComment, writeFileCommand } from './shell';

/** How documents appear in commands: quoted inline, or written to files passed as `file://`. */
export type DocumentStyle = 'inline' | 'files';

const IAM_NAME_CHARS = /[^\w+=,.@-]+/g;

/** Accumulates the lines of a script. */
export class ScriptWriter {
  private readonly lines: string[] = [];
  private readonly fileNames = new Set<string>();
  private readonly names = new Map<string, Set<string>>();

  constructor(private readonly style: DocumentStyle) {}

  /** Adds a comment line (made safe by `shellComment`). */
  comment(text: string): void {
    this.lines.push(shellComment(text));
  }

  /** Adds a command; `words` must already be quoted (see {@link option}). */
  run(words: readonly string[]): void {
    this.lines.push(command(words));
  }

  /** Adds a line as is: only for text built from quoted words. */
  raw(line: string): void {
    this.lines.push(line);
  }

  /** Starts a section with a blank line and a heading comment. */
  section(title: string): void {
    if (this.lines.length > 0) this.lines.push('');
    this.comment(title);
  }

  /**
   * A valid IAM name for `wanted` (`[\w+=,.@-]`, at most `max` characters), unique within
   * `scope` (policy names per principal, managed policy names per account). Notes renames.
   */
  iamName(scope: string, wanted: string, max: number, fallback: string): string {
    const taken = this.names.get(scope) ?? new Set<string>();
    this.names.set(scope, taken);
    const base = wanted.replace(IAM_NAME_CHARS, '-').slice(0, max) || fallback;
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++)
      name = `${base.slice(0, max - String(i).length - 1)}-${i}`;
    taken.add(name.toLowerCase());
    if (name !== wanted)
      this.comment(`"${wanted}" is named ${name} in AWS (IAM names allow only letters, digits and _+=,.@-).`);
    return name;
  }

  /**
   * The option `flag` holding a policy document: `--flag=TEXT`, or `--flag=file://NAME.json`
   * after writing the text to that file.
   */
  document(flag: string, text: string, label: string): string {
    if (this.style === 'inline') return option(flag, text.replace(/\n$/, ''));
    const base = label.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'policy';
    let file = `${base}.json`;
    for (let i = 2; this.fileNames.has(file.toLowerCase()); i++) file = `${base}-${i}.json`;
    this.fileNames.add(file.toLowerCase());
    this.lines.push(writeFileCommand(file, text));
    return fileOption(flag, file);
  }

  /** The script text, ending in a newline. */
  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
