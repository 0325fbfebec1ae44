/**
 * Export of one request to `aws iam simulate-custom-policy`, so a result can be checked
 * against AWS's own policy simulator.
 */

import { parseCaller, type ContextValue, type Request } from '../engine';
import type { PolicySource, ScenarioDraft } from '../import/types';
import { defaultContextKeyType, type ContextKeyBaseType } from './contextTypes';
import { compactPolicyText } from './json';
import { command, listOption, option, shellComment } from './shell';
import { NO_MANAGED_DOCUMENTS, sourceText, type ManagedDocumentLookup } from './sources';

/** Options of {@link requestToSimulateCommand}. */
export interface SimulateOptions {
  /** Documents of managed references: the simulator takes only policy JSON. */
  readonly managedDocument?: ManagedDocumentLookup;
  /** The type of a context key; by default from a table of global keys, else `string`. */
  readonly contextKeyType?: (key: string) => ContextKeyBaseType | undefined;
}

// Documented choice: --context-entries uses the CLI reference's shorthand
// (ContextKeyName=…,ContextKeyValues=…,ContextKeyType=…) when it is unambiguous, else the JSON
// form; simulate-custom-policy requires --policy-input-list, so an empty policy stands in for none.
// Characters with meaning in the AWS CLI shorthand syntax; values with them need the JSON form.
const SHORTHAND_SPECIAL = /[,=[\]{}"'\\\s]/;

interface ContextEntryInput {
  readonly ContextKeyName: string;
  readonly ContextKeyValues: readonly string[];
  readonly ContextKeyType: string;
}

function contextEntries(
  context: Readonly<Record<string, ContextValue>>,
  options: SimulateOptions,
): ContextEntryInput[] {
  return Object.entries(context).map(([key, value]) => {
    const type = options.contextKeyType?.(key) ?? defaultContextKeyType(key);
    const list = typeof value !== 'string';
    return {
      ContextKeyName: key,
      ContextKeyValues: list ? [...value] : [value],
      ContextKeyType: list ? `${type}List` : type,
    };
  });
}

/**
 * `--context-entries` values: the documented shorthand
 * (`ContextKeyName=k,ContextKeyValues=v1,v2,ContextKeyType=stringList`), one per entry, when
 * every name and value is plain; otherwise one JSON list, which quotes anything.
 */
function contextArguments(entries: readonly ContextEntryInput[]): string[] {
  const plain = entries.every(
    (entry) =>
      entry.ContextKeyValues.length > 0 &&
      [entry.ContextKeyName, ...entry.ContextKeyValues].every(
        (text) => text !== '' && !SHORTHAND_SPECIAL.test(text),
      ),
  );
  if (!plain) return [JSON.stringify(entries)];
  return entries.map(
    (entry) =>
      `ContextKeyName=${entry.ContextKeyName},ContextKeyValues=${entry.ContextKeyValues.join(',')},ContextKeyType=${entry.ContextKeyType}`,
  );
}

/**
 * The `aws iam simulate-custom-policy` command for `request` under the draft's identity
 * policies, boundary and resource policy. What the simulator cannot take (session policies,
 * SCPs/RCPs, a caller that is not an IAM user, unknown managed documents) is said in comments
 * above the command. Never throws.
 */
export function requestToSimulateCommand(
  draft: ScenarioDraft,
  request: Request,
  options: SimulateOptions = {},
): string {
  const lookup = options.managedDocument ?? NO_MANAGED_DOCUMENTS;
  const notes: string[] = [];
  const policyText = (source: PolicySource): string | null => {
    const text = sourceText(source, lookup);
    if (text === null)
      notes.push(
        `The document of ${'managedArn' in source ? source.managedArn : source.name} is not available: it is left out.`,
      );
    return text === null ? null : compactPolicyText(text.trim());
  };
  const issuer = draft.sessionIssuer === '' ? undefined : draft.sessionIssuer;
  const parsed = parseCaller(draft.principal, issuer);
  const caller = parsed.ok ? parsed.caller : null;

  const words = ['aws', 'iam', 'simulate-custom-policy'];
  const identity = draft.identityPolicies.map(policyText).filter((text): text is string => text !== null);
  if (caller?.kind === 'root')
    notes.push('The root user is not governed by identity policies; the simulator does not model it.');
  if (identity.length === 0) {
    notes.push(
      'simulate-custom-policy needs at least one identity policy: an empty one (Statement []) stands in.',
    );
    identity.push('{"Version":"2012-10-17","Statement":[]}');
  }
  words.push(...listOption('--policy-input-list', identity));
  const boundary = draft.permissionsBoundary === null ? null : policyText(draft.permissionsBoundary);
  if (boundary !== null) words.push(...listOption('--permissions-boundary-policy-input-list', [boundary]));
  words.push(...listOption('--action-names', [request.action]));
  if (request.action.includes('*') || request.action.includes('?')) {
    notes.push('The simulator does not accept wildcards in action names.');
  }
  if (request.resource !== '*') words.push(...listOption('--resource-arns', [request.resource]));
  const resourcePolicy = draft.resourcePolicy;
  const resourceText = resourcePolicy === null ? null : policyText(resourcePolicy);
  if (resourceText !== null) words.push(option('--resource-policy', resourceText));
  if (request.resourceAccount !== undefined) {
    const partition = caller?.partition ?? 'aws';
    words.push(option('--resource-owner', `arn:${partition}:iam::${request.resourceAccount}:root`));
  }
  if (caller?.kind === 'user') {
    words.push(option('--caller-arn', caller.arn));
  } else if (resourceText !== null) {
    notes.push(
      '--caller-arn accepts only an IAM user ARN, so the resource policy is evaluated without the ' +
        `scenario's principal (${draft.principal}).`,
    );
  }
  const entries = contextEntries(request.context, options);
  if (entries.length > 0) words.push(...listOption('--context-entries', contextArguments(entries)));

  if (draft.sessionPolicy !== null)
    notes.push('simulate-custom-policy takes no session policy: it is left out.');
  if (draft.vpcEndpointPolicy !== null)
    notes.push('simulate-custom-policy takes no VPC endpoint policy: it is left out.');
  const orgLevels = [...draft.serviceControlPolicies, ...draft.resourceControlPolicies];
  if (orgLevels.some((level) => level.policies.length > 0)) {
    notes.push('simulate-custom-policy does not evaluate SCPs or RCPs: they are left out.');
  }
  return [...notes.map(shellComment), command(words)].join('\n') + '\n';
}
