/** `iam-playground eval <scenario.json>`: evaluates every request of a scenario file. */

import { compileScenario, evaluateRequest, parseScenarioText, type Diagnostic } from '../../engine';
import { formatJson } from '../format/json';
import { formatText } from '../format/text';
import { fail, type Command } from './command';

function describeInvalid(file: string, diagnostic: Diagnostic): string {
  const { line, column } = diagnostic.range.start;
  if (diagnostic.code === 'scenario-json-syntax') {
    return `invalid JSON in ${file} at ${line}:${column}: ${diagnostic.message}`;
  }
  const path = diagnostic.path ?? '';
  const message = diagnostic.message.includes(path) ? diagnostic.message : `${path}: ${diagnostic.message}`;
  return `invalid scenario ${file} at ${line}:${column}: ${message}`;
}

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
    const read = await io.readText(file);
    if (!read.ok) return fail(io, read.problem);
    const parsed = parseScenarioText(read.text);
    const scenario = parsed.scenario;
    if (scenario === null) {
      const first = parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.diagnostics[0];
      return fail(io, first === undefined ? `invalid scenario ${file}` : describeInvalid(file, first));
    }
    const compiled = compileScenario(scenario);
    const results = scenario.requests.map((request) => evaluateRequest(compiled, request));
    const diagnostics = [...parsed.diagnostics, ...compiled.diagnostics];
    io.stdout(
      args.flags.format === 'text' ? formatText(results, diagnostics) : formatJson(results, diagnostics),
    );
    return 0;
  },
};
