/** Case-insensitive substring search over managed policy names and ARNs, prefix matches first. */

import type { ManagedPolicySummary } from './types';

/** Searches a fixed list of policies. */
export type PolicySearch = (query: string, limit?: number) => readonly ManagedPolicySummary[];

/**
 * Builds a search over `policies` (in the order results should keep within a rank). Ranks:
 * 1. the name (or, for a query like `arn:aws:iam::aws:policy/Admin`, the ARN) starts with the query;
 * 2. the name contains it;
 * 3. only the ARN contains it (a path such as `job-function`).
 * An empty or blank query returns every policy.
 */
export function createPolicySearch(policies: readonly ManagedPolicySummary[]): PolicySearch {
  // Lower-cased once: a search per keystroke must not re-lower 1,600 names.
  const names = policies.map((policy) => policy.name.toLowerCase());
  const arns = policies.map((policy) => policy.arn.toLowerCase());
  return (query, limit = Number.POSITIVE_INFINITY) => {
    const needle = query.trim().toLowerCase();
    if (needle === '') return policies.slice(0, limit);
    const ranks: ManagedPolicySummary[][] = [[], [], []];
    for (let i = 0; i < policies.length; i++) {
      const name = names[i] as string;
      const arn = arns[i] as string;
      const policy = policies[i] as ManagedPolicySummary;
      if (name.startsWith(needle) || arn.startsWith(needle)) ranks[0]?.push(policy);
      else if (name.includes(needle)) ranks[1]?.push(policy);
      else if (arn.includes(needle)) ranks[2]?.push(policy);
    }
    return ranks.flat().slice(0, limit);
  };
}
