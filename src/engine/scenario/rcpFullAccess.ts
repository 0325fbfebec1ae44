/**
 * AWS's `RCPFullAWSAccess`: the resource control policy Organizations attaches to every root, OU
 * and account once RCPs are enabled, and which cannot be detached
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html).
 * So an RCP level always allows, and customer RCPs only deny. The playground shows it on every
 * level and evaluates it without a document; a scenario or an older link that lists it by name
 * is accepted and the copy ignored.
 */

import type { NamedPolicy } from '../types';

/** The policy's name. */
export const RCP_FULL_AWS_ACCESS_NAME = 'RCPFullAWSAccess';

/** The policy's ARN. */
export const RCP_FULL_AWS_ACCESS_ARN =
  'arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess';

/** The policy's document as the playground shows it (read-only). */
export const RCP_FULL_AWS_ACCESS_TEXT = `${JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
  },
  null,
  2,
)}\n`;

const STAR = (value: unknown): boolean =>
  value === '*' || (Array.isArray(value) && value.length === 1 && value[0] === '*');

/** Whether a statement object is exactly the full-access Allow. */
function isFullAccessStatement(statement: unknown): boolean {
  if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) return false;
  const s = statement as Record<string, unknown>;
  const keys = Object.keys(s).filter((key) => key !== 'Sid');
  const principal = s.Principal;
  const principalIsStar =
    STAR(principal) ||
    (typeof principal === 'object' &&
      principal !== null &&
      !Array.isArray(principal) &&
      Object.keys(principal).length === 1 &&
      STAR((principal as Record<string, unknown>).AWS));
  return keys.length === 4 && s.Effect === 'Allow' && principalIsStar && STAR(s.Action) && STAR(s.Resource);
}

/**
 * Whether `policy` is AWS's RCPFullAWSAccess: named so (or by its ARN), and holding nothing but
 * the full-access Allow. A customer policy that merely borrows the name is not.
 */
export function isRcpFullAwsAccess(policy: NamedPolicy): boolean {
  if (policy.name !== RCP_FULL_AWS_ACCESS_NAME && policy.arn !== RCP_FULL_AWS_ACCESS_ARN) return false;
  let document: unknown = policy.document;
  if (typeof document === 'string') {
    try {
      document = JSON.parse(document) as unknown;
    } catch {
      return false;
    }
  }
  if (typeof document !== 'object' || document === null) return false;
  const statements = (document as Record<string, unknown>).Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  return list.length > 0 && list.every(isFullAccessStatement);
}
