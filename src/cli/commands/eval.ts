/** `iam-playground eval <scenario.json>`: evaluates every request of a scenario file. */

import { compileScenario, evaluateRequest } from '../../engine';
import { formatJson } from '../format/json';
import { formatText } from '../format/text';
import { readScenarioFile } from '../scenarioFile';
import { fail, type Command } from './command';

/** The `eval` command. */
export const evalCommand: Command = {
  name: 'eval',
  summary: 'evaluate every request of a scenario file',
  synopsis: '<scenario.json> [--format json|text]',
  flags: {
    format: { values: ['json', 'text'], default: 'json', description: 'output format (default: json)' },
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
    io.stdout(
      args.flags.format === 'text' ? formatText(results, diagnostics) : formatJson(results, diagnostics),
    );
    return 0;
  },
};
