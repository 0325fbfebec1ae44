import { afterAll, describe, expect, it } from 'vitest';

import { command, fileOption, listOption, option, shellComment, shellQuote, writeFileCommand } from './shell';
import { parseAwsArguments, removeScriptDirs, runScript } from './testing';

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

/** Values that try to become options of `aws`, commands of the shell, or files to read. */
const HOSTILE = [
  '--endpoint-url=https://attacker.example',
  '-h',
  '--',
  'name\n--debug',
  '$(touch pwned)',
  '`touch pwned`',
  'it\'s "quoted"',
  '-1',
];

describe(option, () => {
  it.each(HOSTILE)('passes %j as the value of its option, and as nothing else', (value) => {
    const run = runScript(`aws ${option('--policy-name', value)}\n`);
    expect(run.status, run.stderr).toBe(0);
    const [call] = run.calls;
    expect(call).toEqual([`--policy-name=${value}`]);
    expect(parseAwsArguments(call ?? []).options).toEqual([['--policy-name', [value]]]);
  });

  it.each([
    'file:///home/me/.aws/credentials',
    'fileb://key.bin',
    'https://attacker.example/doc',
    'FILE://x',
  ])('keeps the AWS CLI from reading %j as a file or URL', (value) => {
    const [call] = runScript(`aws ${option('--policy-document', value)}\n`).calls;
    expect(call).toEqual([`--policy-document= ${value}`]);
  });

  it('reads a file the script wrote only through fileOption', () => {
    const [call] = runScript(`aws ${fileOption('--policy', 'policy-1.json')}\n`).calls;
    expect(call).toEqual(['--policy=file://policy-1.json']);
  });
});

describe(listOption, () => {
  it('gives plain values as separate words', () => {
    const [call] = runScript(
      `aws ${listOption('--action-names', ['s3:GetObject', 's3:PutObject']).join(' ')}\n`,
    ).calls;
    expect(parseAwsArguments(call ?? []).options).toEqual([
      ['--action-names', ['s3:GetObject', 's3:PutObject']],
    ]);
  });

  it.each([[['--endpoint-url=https://attacker.example', '{}']], [['{}', 'file:///etc/passwd']]])(
    'gives %j as one JSON list when a value could be read as an option or a file',
    (values) => {
      const [call] = runScript(`aws ${listOption('--policy-input-list', values).join(' ')}\n`).calls;
      const options = parseAwsArguments(call ?? []).options;
      expect(options.map(([name]) => name)).toEqual(['--policy-input-list']);
      expect(JSON.parse(options[0]?.[1][0] ?? '')).toEqual(values);
    },
  );
});
