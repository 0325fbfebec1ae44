/**
 * Test helper (used by the export tests only): runs a generated script with a stub `aws` on
 * PATH that records its arguments, so tests check what the shell really passes, not how the
 * text looks.
 */

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What running a script did. */
export interface ScriptRun {
  /** Each `aws` call's arguments, exactly as the stub received them. */
  readonly calls: string[][];
  readonly status: number | null;
  readonly stderr: string;
  /** The directory the script ran in (files it wrote are there). */
  readonly dir: string;
}

// The stub logs each argument followed by \x01 and ends a call with \x02. It prints an id,
// which `$(aws organizations create-policy …)` captures.
const STUB = `#!/bin/sh
for arg in "$@"; do printf '%s\\001' "$arg" >> "$AWS_LOG"; done
printf '\\002' >> "$AWS_LOG"
echo p-stub1234
`;

const created: string[] = [];

/** Removes every directory {@link runScript} made; call it from `afterAll`. */
export function removeScriptDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs `script` with `sh` in a fresh directory, `aws` being the recording stub. */
export function runScript(script: string): ScriptRun {
  const dir = mkdtempSync(join(tmpdir(), 'iam-export-'));
  created.push(dir);
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'aws'), STUB);
  chmodSync(join(bin, 'aws'), 0o755);
  const log = join(dir, 'aws.log');
  writeFileSync(log, '');
  writeFileSync(join(dir, 'script.sh'), script);
  const result = spawnSync('sh', ['script.sh'], {
    cwd: dir,
    env: { PATH: `${bin}:/usr/bin:/bin`, AWS_LOG: log },
    encoding: 'utf8',
  });
  const calls = readFileSync(log, 'utf8')
    .split('\u0002')
    .filter((call) => call !== '')
    .map((call) => call.split('\u0001').slice(0, -1));
  return { calls, status: result.status, stderr: result.stderr, dir };
}

/** One `aws` call as the AWS CLI's parser (argparse) reads it. */
export interface AwsArguments {
  /** Words before the first option: service and operation. */
  readonly command: readonly string[];
  /** Each option with its values, in the order given (an option given twice appears twice). */
  readonly options: readonly (readonly [string, readonly string[]])[];
}

/**
 * Reads `call` as argparse does: a word starting with `-` is an option, `--flag=value` holds its
 * value, and an option takes the words after it until the next word starting with `-`. Tests
 * that a value cannot become an option use this, not the text of the script.
 */
export function parseAwsArguments(call: readonly string[]): AwsArguments {
  const command: string[] = [];
  const options: [string, string[]][] = [];
  for (const word of call) {
    const current = options[options.length - 1];
    if (word.startsWith('-')) {
      const equals = word.indexOf('=');
      options.push(equals < 0 ? [word, []] : [word.slice(0, equals), [word.slice(equals + 1)]]);
    } else if (current === undefined) command.push(word);
    else current[1].push(word);
  }
  return { command, options };
}

/** The values of option `name` in one call, or undefined when it is not there. */
export function flagValues(call: readonly string[] | undefined, name: string): readonly string[] | undefined {
  if (call === undefined) return undefined;
  return parseAwsArguments(call).options.find(([flag]) => flag === name)?.[1];
}

/** The (first) value of option `name` in one call. */
export function flag(call: readonly string[] | undefined, name: string): string | undefined {
  return flagValues(call, name)?.[0];
}
