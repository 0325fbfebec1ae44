/**
 * `iam-playground test <scenario.json>…`: every request's `expect` and every `assert` pattern,
 * one line per check and a summary, or a JUnit XML report for CI. Exit status 0 when every
 * check passes, 1 when any fails, 2 for bad input (then nothing is run).
 */

import type { Scenario } from '../../engine';
import { shippedCatalog } from '../../lib/catalog';
import { textFlag } from '../args';
import { junitXml } from '../format/junit';
import { testText, testTotals } from '../format/testText';
import { describeInvalid, readScenarioFile } from '../scenarioFile';
import { runScenarioTests } from '../testRun';
import { EXIT_USAGE, fail, type Command } from './command';

/** The `test` command. */
export const testCommand: Command = {
  name: 'test',
  summary: "run scenarios' expectations and assertions; exit 1 when any check fails",
  synopsis: '<scenario.json> [more.json …] [--reporter text|junit] [--output <file>]',
  flags: {
    reporter: { values: ['text', 'junit'], default: 'text', description: 'report format (default: text)' },
    output: textFlag('<file>', 'write the report to this file (the text lines still go to stdout)'),
  },
  async run(args, io) {
    const files = args.positionals;
    if (files.length === 0) return fail(io, 'test: missing argument <scenario.json>');
    const scenarios: { file: string; scenario: Scenario }[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const read = await readScenarioFile(file, io);
      if (!read.ok) {
        problems.push(read.problem);
        continue;
      }
      // Elsewhere an unknown field is a warning; here a misspelt "expect" or "neverAllowed"
      // would drop a check and pass unnoticed, so it is bad input.
      const unknown = read.diagnostics.find((d) => d.code === 'scenario-unknown-field');
      if (unknown === undefined) scenarios.push({ file, scenario: read.scenario });
      else problems.push(`${describeInvalid(file, unknown)} (test refuses unknown fields)`);
    }
    if (problems.length > 0) {
      for (const problem of problems) fail(io, `test: ${problem}`);
      return EXIT_USAGE;
    }
    const actions = shippedCatalog().actions;
    const suites = scenarios.map(({ file, scenario }) => runScenarioTests(file, scenario, actions));
    const junit = args.flags.reporter === 'junit';
    const output = args.flags.output ?? '';
    if (output !== '') {
      const written = await io.writeText(output, junit ? junitXml(suites) : testText(suites));
      if (!written.ok) return fail(io, `test: ${written.problem}`);
    }
    io.stdout(junit && output === '' ? junitXml(suites) : testText(suites));
    return testTotals(suites).failures > 0 ? 1 : 0;
  },
};
