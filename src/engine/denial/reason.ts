/**
 * The reason at the end of an AccessDenied message, read into what AWS said: the decision and
 * the policy type (docs/iam-semantics.md §5; the forms on
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
 */

import type { AwsSaid } from './types';
import { policyTypeNamed } from './policyTypes';
import { asciiLower, clip, firstToken, withoutTrailing } from './text';

/** What the reason said, and notes about reading it. */
export interface ReadReason {
  readonly said: AwsSaid;
  readonly notes: readonly string[];
}

const NOTHING: AwsSaid = { decision: null, layer: null };

const KMS_REASON = 'because the resource does not exist in this region';
const TRANSITIVE = ' transitively through a service control policy';

function withArticleRemoved(text: string): string {
  for (const article of ['a ', 'an ', 'the ']) {
    if (asciiLower(text).startsWith(article)) return text.slice(article.length);
  }
  return text;
}

/** "because no <type> allows the <action> action" (implicit). */
function implicit(reason: string, action: string | null): ReadReason {
  const rest = reason.slice('because no '.length);
  const allows = asciiLower(rest).indexOf(' allows the ');
  const typeWords = allows < 0 ? rest : rest.slice(0, allows);
  const named = policyTypeNamed(typeWords);
  const notes: string[] = [];
  if (named === null)
    notes.push(`AWS names a policy type the playground does not know: "${clip(typeWords)}".`);
  if (allows >= 0 && action !== null) {
    const echoed = firstToken(rest.slice(allows + ' allows the '.length));
    // AWS's own example echoes a misspelt action here (codecommit:ListRespositories).
    if (echoed !== '' && asciiLower(echoed) !== asciiLower(action)) {
      notes.push(
        `The message names two different actions, ${action} and ${clip(echoed)}; ${action} is used.`,
      );
    }
  }
  return { said: { decision: 'ImplicitDeny', layer: named?.layer ?? null, ...kindOf(named) }, notes };
}

function kindOf(named: ReturnType<typeof policyTypeNamed>) {
  return named?.resourcePolicyKind === undefined ? {} : { resourcePolicyKind: named.resourcePolicyKind };
}

/** "with an explicit deny in a|an|the <type>[: <policy ARN>]" (explicit). */
function explicit(after: string): ReadReason {
  const notes: string[] = [];
  let rest = withArticleRemoved(after.trimStart());
  const lower = asciiLower(rest);
  if (lower.endsWith(TRANSITIVE)) {
    // AWS's page: "check for an explicit Deny statement … in your SCPs".
    notes.push(
      'AWS names a VPC endpoint policy "transitively through a service control policy": an SCP denied a request made through a VPC endpoint.',
    );
    return { said: { decision: 'ExplicitDeny', layer: 'scp' }, notes };
  }
  let policyArn: string | undefined;
  const colon = rest.indexOf(': ');
  if (colon >= 0) {
    policyArn = withoutTrailing(firstToken(rest.slice(colon + 2)), '.');
    rest = rest.slice(0, colon);
  }
  const named = policyTypeNamed(rest);
  if (named === null) notes.push(`AWS names a policy type the playground does not know: "${clip(rest)}".`);
  if (named?.layer === 'scp') {
    notes.push(
      'Older AWS pages say an SCP denial reads "explicit deny" even when no SCP allowed the action, so this may be an implicit deny.',
    );
  }
  return {
    said: {
      decision: 'ExplicitDeny',
      layer: named?.layer ?? null,
      ...kindOf(named),
      ...(policyArn === undefined ? {} : { policyArn }),
    },
    notes,
  };
}

/** Reads the reason part of a message (after the action and resource). */
export function readReason(text: string, action: string | null): ReadReason {
  const reason = withoutTrailing(text.trim(), '.');
  const lower = asciiLower(reason);
  if (reason === '') {
    return {
      said: NOTHING,
      notes: [
        'The message names no policy type: an older message format, or a service that does not print the enhanced one.',
      ],
    };
  }
  if (lower.startsWith('because no ')) return implicit(reason, action);
  if (lower.startsWith('because the role trust policy allows')) {
    return {
      said: { decision: 'ImplicitDeny', layer: 'resource', resourcePolicyKind: 'role-trust' },
      notes: ['Read as "because no role trust policy allows …", as an older AWS page misprinted it.'],
    };
  }
  for (const lead of ['with an explicit deny in ', 'due to an explicit deny in ']) {
    if (lower.startsWith(lead)) return explicit(reason.slice(lead.length));
  }
  if (lower.startsWith('with an explicit deny'))
    return { said: { decision: 'ExplicitDeny', layer: null }, notes: [] };
  if (lower.startsWith(KMS_REASON)) {
    return {
      said: { decision: null, layer: 'resource', resourcePolicyKind: 'kms-key' },
      notes: [
        "KMS's message does not say which happened: the key policy did not allow the caller (or denied it), the key is in another Region, or it does not exist.",
      ],
    };
  }
  if (lower.includes('block public access')) {
    return {
      said: NOTHING,
      notes: [
        'S3 Block Public Access denied this request; the playground does not model Block Public Access.',
      ],
    };
  }
  if (lower.includes('sse-c')) {
    return {
      said: NOTHING,
      notes: ['The bucket blocks SSE-C uploads; the playground does not model S3 encryption settings.'],
    };
  }
  return {
    said: NOTHING,
    notes: [`The message gives a reason the playground does not know: "${clip(reason)}".`],
  };
}
