/**
 * `iam-playground check-no-new-access`: Access Analyzer's CheckNoNewAccess, offline. Either two
 * policy documents (the flags and output of `aws accessanalyzer check-no-new-access`), or two
 * whole scenarios (`--existing-scenario`, `--new-scenario`), compared by their effective sets.
 */

import {
  CHECK_POLICY_TYPES,
  checkNoNewAccess,
  compileScenario,
  diffScenarios,
  scenarioNoNewAccess,
  type CheckPolicyType,
} from '../../engine';
import { shippedCatalog } from '../../lib/catalog';
import { textFlag, type ParsedArgs } from '../args';
import { emitCheck } from '../format/checkOutput';
import type { CliIo } from '../io';
import { readPolicyDocumentArg } from '../policyDocumentArg';
import { readScenarioFile } from '../scenarioFile';
import { fail, type Command } from './command';

const NAME = 'check-no-new-access';

async function checkScenarios(args: ParsedArgs, io: CliIo): Promise<number> {
  const existingFile = args.flags['existing-scenario'] ?? '';
  const newFile = args.flags['new-scenario'] ?? '';
  if (existingFile === '' || newFile === '') {
    return fail(io, `${NAME}: --existing-scenario and --new-scenario go together`);
  }
  const before = await readScenarioFile(existingFile, io);
  if (!before.ok) return fail(io, before.problem);
  const after = await readScenarioFile(newFile, io);
  if (!after.ok) return fail(io, after.problem);
  const diff = diffScenarios(
    compileScenario(before.scenario),
    compileScenario(after.scenario),
    shippedCatalog().actions,
  );
  return emitCheck(io, args.flags.format, scenarioNoNewAccess(diff));
}

async function checkDocuments(args: ParsedArgs, io: CliIo): Promise<number> {
  const type = args.flags['policy-type'] ?? '';
  if (type === '') return fail(io, `${NAME}: --policy-type is required (${CHECK_POLICY_TYPES.join('|')})`);
  const policyType = type as CheckPolicyType;
  const existingFlag = 'existing-policy-document';
  const existing = await readPolicyDocumentArg(existingFlag, args.flags[existingFlag] ?? '', policyType, io);
  if (!existing.ok) return fail(io, `${NAME}: ${existing.problem}`);
  const updatedFlag = 'new-policy-document';
  const updated = await readPolicyDocumentArg(updatedFlag, args.flags[updatedFlag] ?? '', policyType, io);
  if (!updated.ok) return fail(io, `${NAME}: ${updated.problem}`);
  const outcome = checkNoNewAccess(existing.document, updated.document, shippedCatalog().actions);
  return emitCheck(io, args.flags.format, outcome.check, outcome.findings);
}

const DOCUMENT = '<json|file://path>';
const FILE = '<scenario.json>';

/** The `check-no-new-access` command. */
export const checkNoNewAccessCommand: Command = {
  name: NAME,
  summary: 'whether a new policy (or scenario) grants access the existing one does not; exit 1 on FAIL',
  synopsis:
    '(--existing-policy-document <doc> --new-policy-document <doc> --policy-type <type> | ' +
    '--existing-scenario <a.json> --new-scenario <b.json>) [--format json|text]',
  flags: {
    'existing-policy-document': textFlag(DOCUMENT, 'the existing or reference policy'),
    'new-policy-document': textFlag(DOCUMENT, 'the updated policy'),
    'policy-type': { values: CHECK_POLICY_TYPES, default: '', description: 'the type of both policies' },
    'existing-scenario': textFlag(FILE, 'compare whole scenarios: the existing one'),
    'new-scenario': textFlag(FILE, 'the updated scenario'),
    format: { values: ['json', 'text'], default: 'json', description: 'output format (default: json)' },
  },
  async run(args, io) {
    if (args.positionals.length > 0) return fail(io, `${NAME}: unexpected argument "${args.positionals[0]}"`);
    const scenarioForm = args.flags['existing-scenario'] !== '' || args.flags['new-scenario'] !== '';
    const documentForm =
      args.flags['existing-policy-document'] !== '' ||
      args.flags['new-policy-document'] !== '' ||
      args.flags['policy-type'] !== '';
    if (scenarioForm && documentForm) {
      return fail(io, `${NAME}: give either policy documents or scenarios, not both`);
    }
    return scenarioForm ? checkScenarios(args, io) : checkDocuments(args, io);
  },
};
