/** The text report of `test`: one line per check (with details under a failure) and a summary. */

import type { TestSuite } from '../testRun';
import { terminalLines } from './terminal';

/** Counts over every suite. */
export function testTotals(suites: readonly TestSuite[]): { tests: number; failures: number } {
  const tests = suites.reduce((sum, suite) => sum + suite.cases.length, 0);
  const failures = suites.reduce(
    (sum, suite) => sum + suite.cases.filter((c) => c.failure !== null).length,
    0,
  );
  return { tests, failures };
}

/** The whole text report. */
export function testText(suites: readonly TestSuite[]): string {
  const lines: string[] = [];
  for (const suite of suites) {
    if (suite.cases.length === 0) {
      lines.push(`NONE ${suite.file}: no checks (give requests an "expect", or the scenario an "assert")`);
    }
    for (const test of suite.cases) {
      const head = `${suite.file} ${test.name}`;
      if (test.failure === null) lines.push(`PASS ${head}`);
      else lines.push(`FAIL ${head}: ${test.failure}`, ...test.details.map((detail) => `       ${detail}`));
    }
  }
  const { tests, failures } = testTotals(suites);
  const files = suites.length === 1 ? '1 file' : `${suites.length} files`;
  lines.push(`${files}, ${tests} checks: ${tests - failures} passed, ${failures} failed`);
  return terminalLines(lines);
}
