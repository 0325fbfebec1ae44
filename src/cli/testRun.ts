/**
 * Running one scenario file's tests: every request with an `expect`, and every pattern of its
 * `assert` field against the effective set over the catalog. Each check is one test case, as
 * the reports (text and JUnit) show it.
 */

import type { CatalogAction } from '../catalog/index';
import {
  analyzeScenario,
  checkAssertions,
  compileScenario,
  decidingStatement,
  describeLayer,
  evaluateRequest,
  meetsExpectation,
  type AssertionResult,
  type EvaluationResult,
  type Request,
  type RequestExpectation,
  type Scenario,
} from '../engine';
import { describeStatement, policyLabel } from './format/text';

/** One check and its outcome. */
export interface TestCase {
  readonly name: string;
  /** One line saying why it failed; null when it passed. */
  readonly failure: string | null;
  /** More lines for a failure: the AccessDenied message and deciding statement, or offending actions. */
  readonly details: readonly string[];
  readonly seconds: number;
}

/** The checks of one scenario file. */
export interface TestSuite {
  readonly file: string;
  readonly cases: readonly TestCase[];
  readonly seconds: number;
}

/** At most this many offending actions in a failed assertion's details. */
const OFFENDERS_SHOWN = 10;

function outcomeText(decision: string, deniedBy: string | null | undefined): string {
  return deniedBy === null || deniedBy === undefined ? decision : `${decision} by ${deniedBy}`;
}

function requestDetails(result: EvaluationResult): string[] {
  const details = result.message === null ? [] : [`AccessDenied: ${result.message}`];
  const deciding = decidingStatement(result);
  if (deciding !== null) {
    details.push(
      `deciding statement: ${policyLabel(deciding.policy)} ${describeStatement(deciding.statement)}`,
    );
  } else if (result.allowedBy === 'always-allowed' || result.allowedBy === 'root-user') {
    details.push(`deciding statement: none (${result.allowedBy})`);
  }
  return details;
}

function requestCase(
  compiled: ReturnType<typeof compileScenario>,
  request: Request,
  index: number,
  expect: RequestExpectation,
): TestCase {
  const start = performance.now();
  const result = evaluateRequest(compiled, request);
  const passed = meetsExpectation(result, expect);
  return {
    name: `requests[${index}] ${request.action} on ${request.resource}`,
    failure: passed
      ? null
      : `expected ${outcomeText(expect.decision, expect.deniedBy)}, got ${outcomeText(result.decision, result.deniedBy)}`,
    details: passed ? [] : requestDetails(result),
    seconds: (performance.now() - start) / 1000,
  };
}

function assertionFailure(result: AssertionResult): string | null {
  if (result.passed) return null;
  if (result.matched === 0) return `"${result.pattern}" matches no action of the catalog (misspelt?)`;
  const what = result.kind === 'neverAllowed' ? 'allowed or conditional' : 'not allowed';
  return `${result.offenders.length} of ${result.matched} matching actions are ${what}`;
}

function assertionDetails(result: AssertionResult): string[] {
  const lines = result.offenders.slice(0, OFFENDERS_SHOWN).map((offender) => {
    const denied = offender.deniedBy;
    const why =
      denied === null
        ? ''
        : ` (${denied.explicit ? 'explicit' : 'implicit'} deny: ${describeLayer(denied.layer)})`;
    return `${offender.action}: ${offender.effective}${why}`;
  });
  const more = result.offenders.length - OFFENDERS_SHOWN;
  return more > 0 ? [...lines, `… and ${more} more`] : lines;
}

/** Runs the checks of `scenario` (read from `file`), the assertions over `actions`. */
export function runScenarioTests(
  file: string,
  scenario: Scenario,
  actions: readonly CatalogAction[],
): TestSuite {
  const start = performance.now();
  const compiled = compileScenario(scenario);
  const cases: TestCase[] = [];
  scenario.requests.forEach((request, index) => {
    if (request.expect !== undefined) cases.push(requestCase(compiled, request, index, request.expect));
  });
  if (scenario.assert !== undefined) {
    const assertStart = performance.now();
    const results = checkAssertions(analyzeScenario(compiled, actions), scenario.assert);
    // The analysis serves every assertion at once: its time is shared among them.
    const seconds = (performance.now() - assertStart) / 1000 / Math.max(1, results.length);
    for (const result of results) {
      const failure = assertionFailure(result);
      const details = failure === null ? [] : assertionDetails(result);
      cases.push({ name: `assert.${result.kind} "${result.pattern}"`, failure, details, seconds });
    }
  }
  return { file, cases, seconds: (performance.now() - start) / 1000 };
}
