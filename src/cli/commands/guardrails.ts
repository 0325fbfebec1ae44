/**
 * `iam-playground guardrails <scenario.json>`: can the scenario's principal escape its
 * permissions boundary? Every check with its proof requests and, where one works, its fix.
 */

import { checkGuardrails, compileScenario, type GuardrailReport } from '../../engine';
import { shippedCatalog } from '../../lib/catalog';
import { guardrailsJson, guardrailsText } from '../format/guardrails';
import { readScenarioFile } from '../scenarioFile';
import { fail, type Command } from './command';

/** Whether the report holds a finding at or past `threshold` (information-only findings never count). */
function failsOn(report: GuardrailReport, threshold: string): boolean {
  const statuses = threshold === 'possible' ? ['fail', 'possible'] : threshold === 'fail' ? ['fail'] : [];
  return report.findings.some((f) => f.severity !== 'info' && statuses.includes(f.status));
}

/** The `guardrails` command. */
export const guardrailsCommand: Command = {
  name: 'guardrails',
  summary:
    "whether the scenario principal can escape its permissions boundary, with each check's proof and fix",
  synopsis: '<scenario.json> [--format json|text] [--fail-on none|fail|possible]',
  flags: {
    format: { values: ['json', 'text'], default: 'json', description: 'output format (default: json)' },
    'fail-on': {
      values: ['none', 'fail', 'possible'],
      default: 'none',
      description: 'exit 1 when a check (not an information one) fails, or fails or is possible',
    },
  },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined) return fail(io, 'guardrails: missing argument <scenario.json>');
    if (extra.length > 0) return fail(io, `guardrails: unexpected argument "${extra[0]}"`);
    const read = await readScenarioFile(file, io);
    if (!read.ok) return fail(io, read.problem);
    const report = checkGuardrails(compileScenario(read.scenario), shippedCatalog().actions);
    io.stdout(args.flags.format === 'text' ? guardrailsText(report) : guardrailsJson(report));
    return failsOn(report, args.flags['fail-on'] ?? 'none') ? 1 : 0;
  },
};
