/**
 * Fuzzing the command line with hostile scenario files (`src/fuzz/`): adversarial globs, deep
 * nesting, huge strings, repeated and prototype keys, control characters, wrong types, `1e999`,
 * random bytes. Whatever the file holds, the CLI answers: exit 0 with its report, or exit 2 with
 * one escaped line on stderr; never an internal error (exit 1) or a throw, and never a hang.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { COMMANDS } from './commands';
import { HANG_DEADLINE_MS, timed } from '../fuzz/deadline';
import { hostileScenarioFile } from '../fuzz/hostileScenario';
import { hostileString } from '../fuzz/hostileText';
import { createCliHarness, type CliRun } from './testHarness';

const { file, cli } = createCliHarness('fuzz');

// Raw control characters other than the line feeds the CLI itself writes.
// eslint-disable-next-line no-control-regex
const RAW_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** What every run must give, whatever its input. */
function expectAnswered(run: CliRun, ms: number): void {
  expect([0, 2]).toContain(run.code);
  if (run.code === 2) {
    expect(run.stdout).toBe('');
    // One line per problem (`test` reports each unreadable file), each naming the program.
    expect(run.stderr).toMatch(/^(iam-playground: [^\n]+\n)+$/);
  }
  expect(run.stdout).not.toMatch(RAW_CONTROLS);
  expect(run.stderr).not.toMatch(RAW_CONTROLS);
  expect(ms).toBeLessThan(HANG_DEADLINE_MS);
}

beforeAll(async () => {
  // Loads the catalog once, so no case's time includes it.
  await cli(
    'effective',
    '--service',
    's3',
    file('{"version":1,"principal":"arn:aws:iam::123456789012:root"}'),
  );
}, 30_000);

describe('the CLI answers any scenario file', () => {
  it('eval: exit 0 with a report, or 2 with one line; never a throw, never a hang', async () => {
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(hostileScenarioFile, fc.constantFrom('json', 'text'), async (content, format) => {
        const path = file(content);
        const { value: run, ms } = await timed(() => cli('eval', '--format', format, path));
        expectAnswered(run, ms);
        codes.add(run.code);
        if (run.code === 0 && format === 'json') {
          const output = JSON.parse(run.stdout) as { results: unknown[] };
          expect(Array.isArray(output.results)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
    // The generators reach both ends: scenarios evaluated and scenarios refused.
    expect([...codes].sort()).toEqual([0, 2]);
  }, 120_000);

  it('effective on one service: the same, through the whole analysis', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileScenarioFile,
        fc.constantFrom('s3', 'ec2', 'sts', 'kms'),
        fc.constantFrom('json', 'text', 'policy'),
        async (content, service, format) => {
          const path = file(content);
          const { value: run, ms } = await timed(() =>
            cli('effective', '--service', service, '--format', format, path),
          );
          expectAnswered(run, ms);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('guardrails: the same, through every check and its probes', async () => {
    await fc.assert(
      fc.asyncProperty(hostileScenarioFile, fc.constantFrom('json', 'text'), async (content, format) => {
        const path = file(content);
        const { value: run, ms } = await timed(() => cli('guardrails', '--format', format, path));
        expectAnswered(run, ms);
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('hostile arguments (commands, flags, values, file names) get exit 2 and one line', async () => {
    const argument = fc.oneof(
      fc.constantFrom(
        ...COMMANDS.map((command) => command.name),
        '--format',
        '--service',
        '--help',
        '-h',
        '--',
        '-',
        '--format=',
      ),
      hostileString.filter((text) => text.length < 5000),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(argument, { minLength: 1, maxLength: 5 }), async (args) => {
        const { value: run, ms } = await timed(() => cli(...args));
        expectAnswered(run, ms);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
