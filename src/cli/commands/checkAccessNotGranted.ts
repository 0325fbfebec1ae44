/**
 * `iam-playground check-access-not-granted`: Access Analyzer's CheckAccessNotGranted, offline,
 * with the flags and output of `aws accessanalyzer check-access-not-granted`.
 */

import {
  CHECK_POLICY_TYPES,
  checkAccessNotGranted,
  parseAccess,
  unknownAccessActions,
  type CheckPolicyType,
} from '../../engine';
import { shippedCatalog } from '../../lib/catalog';
import { textFlag } from '../args';
import { readJsonArg } from '../documentArg';
import { emitCheck } from '../format/checkOutput';
import { readPolicyDocumentArg } from '../policyDocumentArg';
import { fail, note, type Command } from './command';

const NAME = 'check-access-not-granted';

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The `check-access-not-granted` command. */
export const checkAccessNotGrantedCommand: Command = {
  name: NAME,
  summary: 'whether a policy grants any of the listed actions or resources; exit 1 on FAIL',
  synopsis:
    '--policy-document <json|file://path> --access \'[{"actions": [...], "resources": [...]}]\' ' +
    '--policy-type IDENTITY_POLICY|RESOURCE_POLICY [--format json|text]',
  flags: {
    'policy-document': textFlag('<json|file://path>', 'the policy to check'),
    access: textFlag('<json|file://path>', 'one access object: up to 100 actions and 100 resources'),
    'policy-type': { values: CHECK_POLICY_TYPES, default: '', description: 'the type of the policy' },
    format: { values: ['json', 'text'], default: 'json', description: 'output format (default: json)' },
  },
  async run(args, io) {
    if (args.positionals.length > 0) return fail(io, `${NAME}: unexpected argument "${args.positionals[0]}"`);
    const type = args.flags['policy-type'] ?? '';
    if (type === '') return fail(io, `${NAME}: --policy-type is required (${CHECK_POLICY_TYPES.join('|')})`);
    const accessText = await readJsonArg('access', args.flags.access ?? '', io);
    if (!accessText.ok) return fail(io, `${NAME}: ${accessText.problem}`);
    const json = parseJson(accessText.text);
    if (!json.ok) return fail(io, `${NAME}: --access is not valid JSON: ${json.problem}`);
    const access = parseAccess(json.value);
    if (!access.ok) return fail(io, `${NAME}: --access ${access.problem}`);
    const flag = 'policy-document';
    const document = await readPolicyDocumentArg(flag, args.flags[flag] ?? '', type as CheckPolicyType, io);
    if (!document.ok) return fail(io, `${NAME}: ${document.problem}`);
    const catalog = shippedCatalog();
    for (const pattern of unknownAccessActions(catalog.actions, access.access)) {
      note(io, `"${pattern}" names no action of the catalog (${catalog.version}); it is not checked`);
    }
    const outcome = checkAccessNotGranted(document.document, access.access, catalog.actions);
    return emitCheck(io, args.flags.format, outcome.check, outcome.findings);
  },
};
