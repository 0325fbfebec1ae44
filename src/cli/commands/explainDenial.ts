/**
 * `iam-playground explain-denial`: reads an AccessDenied message (an argument, or standard
 * input) or a CloudTrail event (`--cloudtrail event.json`) and prints the request it describes
 * and what AWS said; with `--scenario`, evaluates that request in the scenario and compares;
 * with `--fixes` too, lists the verified changes that would allow it.
 */

import {
  compareWithAws,
  compileScenario,
  evaluateRequest,
  parseDenial,
  requestOfDenial,
  type ParsedDenial,
  type Request,
} from '../../engine';
import { switchFlag, textFlag, type ParsedArgs } from '../args';
import { shippedCatalog } from '../../lib/catalog';
import { fixPlanJson, fixPlansOf } from '../fixPlans';
import { denialText, type DenialReport } from '../format/denialText';
import { terminalJson } from '../format/terminal';
import type { CliIo, ReadResult } from '../io';
import { readScenarioFile } from '../scenarioFile';
import { fail, type Command } from './command';

const NAME = 'explain-denial';

/** The pasted text: the positionals, the CloudTrail file (`-`: standard input), else standard input. */
async function readInput(args: ParsedArgs, io: CliIo): Promise<ReadResult> {
  const message = args.positionals.join(' ');
  const cloudtrail = args.flags.cloudtrail ?? '';
  if (message !== '' && cloudtrail !== '') {
    return { ok: false, problem: 'give a message or --cloudtrail, not both' };
  }
  if (message !== '') return { ok: true, text: message };
  const read = cloudtrail === '' || cloudtrail === '-' ? await io.readStdin() : await io.readText(cloudtrail);
  if (read.ok && read.text.trim() === '') {
    return {
      ok: false,
      problem: 'no message: give it as an argument, with --cloudtrail <event.json>, or on standard input',
    };
  }
  return read;
}

/** The parsed denial as printed: everything but the `ok` tag. */
function parsedJson(parsed: ParsedDenial): Omit<ParsedDenial, 'ok'> {
  const { ok: _ok, ...rest } = parsed;
  return rest;
}

/** The scenario part of the report: evaluation, comparison, fixes. */
async function withScenario(
  report: DenialReport,
  file: string,
  request: Request,
  wantFixes: boolean,
  io: CliIo,
): Promise<DenialReport | string> {
  const read = await readScenarioFile(file, io);
  if (!read.ok) return read.problem;
  const { scenario } = read;
  const result = evaluateRequest(compileScenario(scenario), request);
  const notes: string[] = [];
  const principal = report.parsed.principal;
  if (principal !== null && principal !== scenario.principal && principal !== scenario.sessionIssuer) {
    notes.push(
      `AWS's caller ${principal} is not the scenario's principal: the request was evaluated for ${scenario.principal}.`,
    );
  }
  const plan =
    wantFixes && result.decision !== 'Allowed'
      ? fixPlansOf({ ...scenario, requests: [request] }, [true])[0]
      : null;
  return {
    ...report,
    evaluation: {
      decision: result.decision,
      deniedBy: result.deniedBy,
      deniedByAll: result.deniedByAll,
      message: result.message,
      missingContextKeys: result.missingContextKeys,
    },
    comparison: compareWithAws(report.parsed.said, result),
    ...(notes.length > 0 ? { scenarioNotes: notes } : {}),
    ...(wantFixes ? { plan: plan ?? { fixes: [], problem: null } } : {}),
  };
}

/** The `explain-denial` command. */
export const explainDenialCommand: Command = {
  name: NAME,
  summary: 'read an AccessDenied message or a CloudTrail event; with a scenario, compare with AWS and fix',
  synopsis:
    '["<message>"] [--cloudtrail <event.json>] [--scenario <scenario.json>] [--fixes] [--format json|text]',
  flags: {
    cloudtrail: textFlag(
      '<event.json>',
      'read a CloudTrail event (or log file) instead of a message; - for standard input',
    ),
    scenario: textFlag(
      '<scenario.json>',
      'evaluate the request in this scenario and compare with what AWS said',
    ),
    fixes: switchFlag('with --scenario: the verified changes that would allow the request'),
    format: { values: ['json', 'text'], default: 'json', description: 'output format (default: json)' },
  },
  async run(args, io) {
    const scenarioFile = args.flags.scenario ?? '';
    const wantFixes = args.flags.fixes === 'true';
    if (wantFixes && scenarioFile === '')
      return fail(io, `${NAME}: --fixes needs --scenario <scenario.json>`);
    const input = await readInput(args, io);
    if (!input.ok) return fail(io, `${NAME}: ${input.problem}`);
    const catalog = shippedCatalog();
    const parsed = parseDenial(input.text, {
      isKnownAction: (action) => catalog.findAction(action) !== undefined,
    });
    if (!parsed.ok) return fail(io, `${NAME}: ${parsed.reason}`);
    const request = requestOfDenial(parsed);
    let report: DenialReport = { parsed: parsedJson(parsed), request };
    if (scenarioFile !== '') {
      if (request === null) {
        report = {
          ...report,
          scenarioNotes: ["AWS's text names no action, so there is no request to evaluate."],
        };
      } else {
        const done = await withScenario(report, scenarioFile, request, wantFixes, io);
        if (typeof done === 'string') return fail(io, `${NAME}: ${done}`);
        report = done;
      }
    }
    if (args.flags.format === 'text') io.stdout(denialText(report));
    else {
      const { plan, ...rest } = report;
      io.stdout(terminalJson({ ...rest, ...(plan === undefined ? {} : fixPlanJson(plan)) }));
    }
    return 0;
  },
};
