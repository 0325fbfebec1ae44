import { afterAll, describe, expect, it } from 'vitest';

import { command, shellComment, shellQuote, writeFileCommand } from './shell';
import { removeScriptDirs, runScript } from './testing';

afterAll(removeScriptDirs);

describe(shellQuote, () => {
  it.each(['plain-name', 'arn:aws:iam::aws:policy/AdministratorAccess', 'a=b,c@d'])(
    'leaves %s bare',
    (value) => {
      expect(shellQuote(value)).toBe(value);
    },
  );

  it.each(['', ' ', "it's", '$HOME', '`id`', '$(id)', 'a\nb', '*', '~root', 'x;y', '"q"', '\\', "''"])(
    'round-trips %j through sh',
    (value) => {
      const run = runScript(`aws ${shellQuote(value)}\n`);
      expect(run.calls).toEqual([[value]]);
    },
  );
});

describe(shellComment, () => {
  it('keeps a comment on one line whatever the text', () => {
    const line = shellComment('a\nrm -rf /\r\u2028b');
    expect(line.split('\n')).toHaveLength(1);
    expect(runScript(`${line}\n`).calls).toEqual([]);
  });
});

describe(writeFileCommand, () => {
  it('picks a here-document delimiter no line of the text equals', () => {
    const text = 'EOF\nEOF_1\n$HOME `id`\n';
    const script = writeFileCommand('out.json', text);
    expect(script).toContain("<<'EOF_2'");
    const run = runScript(`${script}\naws "$(cat out.json)"\n`);
    expect(run.calls).toEqual([[text.replace(/\n$/, '')]]);
  });
});

describe(command, () => {
  it('stays on one line when short and breaks before options when long', () => {
    expect(command(['aws', 'iam', 'get-user'])).toBe('aws iam get-user');
    const long = command([
      'aws',
      'iam',
      'create-role',
      '--role-name',
      'r'.repeat(60),
      '--path',
      `/${'p'.repeat(60)}/`,
    ]);
    expect(long.split(' \\\n  ')).toEqual([
      'aws iam create-role',
      `--role-name ${'r'.repeat(60)}`,
      `--path /${'p'.repeat(60)}/`,
    ]);
  });
});
