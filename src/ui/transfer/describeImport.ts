/** Wording of what the import recognised, for the dialog's detection message. */
import type { ImportResult } from '../../import/types';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One sentence naming what was pasted, or null for an error (the error's message says it). */
export function describeImport(result: ImportResult): string | null {
  if (!result.ok) return null;
  switch (result.kind) {
    case 'authorization-details': {
      const { users, groups, roles, policies } = result.details;
      return (
        `Detected aws iam get-account-authorization-details output: ${plural(users.length, 'user')}, ` +
        `${plural(groups.length, 'group')}, ${plural(roles.length, 'role')} and ` +
        `${plural(policies.length, 'customer managed policy').replace(/policys$/, 'policies')}.`
      );
    }
    case 'role':
      return `Detected aws iam get-role output for ${result.scenario.sessionIssuer ?? result.scenario.principal}.`;
    case 'policy-version':
      return `Detected aws iam get-policy-version output (${result.policy.name}).`;
    case 'inline-policy':
      return `Detected an inline policy (get-role-policy, get-user-policy or get-group-policy output): ${result.policy.name}.`;
    case 'policy-document':
      return `Detected a policy document (${result.policy.name}).`;
  }
}
