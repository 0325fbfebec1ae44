/**
 * `iam-playground eval <scenario.json>`: evaluates every request of a scenario file; with
 * `--fixes`, each denied result also lists the verified changes that would allow it.
 */

import { compileScenario, evaluateRequest } from '../../engine';
import { switchFlag } from '../args';
import { fixPlanJson, fixPlansOf } from '../fixPlans';
import { fixPlanLines } from '../format/fixesText';
import { formatJson } from '../format/json';
import { formatText } from '../format/text';
import { readScenarioFile } from '../scenarioFile';
import { fail, type Command } from './command';

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
