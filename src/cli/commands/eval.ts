/**
 * `iam-playground eval <scenario.json>`: evaluates every request of a scenario file; with
 * `--fixes`, each denied result also lists the verified changes that would allow it.
 */

import { compileScenario, createFixFinder, evaluateRequest, type FixPlan, type Scenario } from '../../engine';
import { switchFlag } from '../args';
import { loadCatalog } from '../catalog';
import { fixPlanLines } from '../format/fixesText';
import { formatJson } from '../format/json';
import { formatText } from '../format/text';
import { readScenarioFile } from '../scenarioFile';
import { fail, type Command } from './command';

/** The fix plan of each denied request (null for allowed ones), over the whole catalog. */
export function fixPlansOf(scenario: Scenario, denied: readonly boolean[]): (FixPlan | null)[] {
  const finder = createFixFinder(scenario, { actions: loadCatalog().actions });
  return scenario.requests.map((request, index) => (denied[index] === true ? finder.find(request) : null));
}

/** The JSON fields a plan adds to a result: `fixes`, and `fixesProblem` when there are none. */
export function fixPlanJson(plan: FixPlan | null | undefined): Record<string, unknown> {
  if (plan === null || plan === undefined) return {};
  return plan.problem === null ? { fixes: plan.fixes } : { fixes: [], fixesProblem: plan.problem };
}

/** The `eval` command. */
export const evalCommand: Command = {
  name: 'eval',
  summary: 'evaluate every request of a scenario file',
  synopsis: '<scenario.json> [--format json|text] [--fixes]',
  flags: {
    format: { values: ['json', 'text'], default: 'json', description: 'output format (default: json)' },
    fixes: switchFlag('add to each denied result the verified changes that would allow it'),
  },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined) return fail(io, 'eval: missing argument <scenario.json>');
    if (extra.length > 0) return fail(io, `eval: unexpected argument "${extra[0]}"`);
    const read = await readScenarioFile(file, io);
    if (!read.ok) return fail(io, read.problem);
    const { scenario } = read;
    const compiled = compileScenario(scenario);
    const results = scenario.requests.map((request) => evaluateRequest(compiled, request));
    const diagnostics = [...read.diagnostics, ...compiled.diagnostics];
    const plans =
      args.flags.fixes === 'true'
        ? fixPlansOf(
            scenario,
            results.map((result) => result.decision !== 'Allowed'),
          )
        : [];
    io.stdout(
      args.flags.format === 'text'
        ? formatText(results, diagnostics, (index) => {
            const plan = plans[index];
            return plan === null || plan === undefined ? [] : fixPlanLines(plan);
          })
        : formatJson(results, diagnostics, (index) => fixPlanJson(plans[index])),
    );
    return 0;
  },
};
