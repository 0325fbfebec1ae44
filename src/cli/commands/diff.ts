/**
 * `iam-playground diff <old.json> <new.json>`: the actions two scenarios' effective
 * permission sets disagree on — gained, lost, changed — as JSON or text; `--fail-on` turns
 * any of them into exit status 1 for CI.
 */

import { compileScenario, diffScenarios } from '../../engine';
import { textFlag } from '../args';
import { diffText } from '../format/diffText';
import { terminalJson } from '../format/terminal';
import { readScenarioFile } from '../scenarioFile';
import { serviceActions } from '../serviceActions';
import { fail, type Command } from './command';

const KINDS = ['gained', 'lost', 'changed'] as const;

/** The `diff` command. */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'the effective-set difference of two scenarios: actions gained, lost and changed',
  synopsis: '<old.json> <new.json> [--service <prefix>] [--format json|text] [--fail-on gained|lost|changed]',
  flags: {
    service: textFlag('<prefix>', 'compare only this service'),
    format: { values: ['json', 'text'], default: 'json', description: 'output format (default: json)' },
    'fail-on': {
      values: KINDS,
      default: '',
      repeatable: true,
      description: 'exit 1 when any action is gained, lost or changed (repeatable, or a comma list)',
    },
  },
  async run(args, io) {
    const [oldFile, newFile, ...extra] = args.positionals;
    if (oldFile === undefined || newFile === undefined)
      return fail(io, 'diff: missing argument (diff <old.json> <new.json>)');
    if (extra.length > 0) return fail(io, `diff: unexpected argument "${extra[0]}"`);
    const before = await readScenarioFile(oldFile, io);
    if (!before.ok) return fail(io, before.problem);
    const after = await readScenarioFile(newFile, io);
    if (!after.ok) return fail(io, after.problem);
    const scope = serviceActions('diff', args.flags.service ?? '');
    if (!scope.ok) return fail(io, scope.problem);
    const diff = diffScenarios(
      compileScenario(before.scenario),
      compileScenario(after.scenario),
      scope.actions,
      {
        wholeCatalog: scope.wholeCatalog,
      },
    );
    io.stdout(args.flags.format === 'text' ? diffText(diff) : terminalJson(diff));
    const failOn = (args.flags['fail-on'] ?? '').split(',');
    return KINDS.some((kind) => failOn.includes(kind) && diff[kind].length > 0) ? 1 : 0;
  },
};
