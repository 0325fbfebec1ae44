/**
 * Fixes for people: one numbered block per fix. The lines are raw; the caller prints them through
 * `terminalLines`, which escapes the control characters policy text may hold.
 */

import type { Fix, FixPlan } from '../../engine';

/** Most other actions listed by name under "also allows". */
const LISTED = 8;

function alsoAllows(fix: Fix): string {
  const count = fix.alsoAllows.length;
  if (count === 0) return 'nothing else';
  const shown = fix.alsoAllows.slice(0, LISTED).join(', ');
  const more = count > LISTED ? `, and ${count - LISTED} more` : '';
  return `${count} other action${count === 1 ? '' : 's'}: ${shown}${more}`;
}

function fixLines(fix: Fix, position: number, indent: string): string[] {
  const lines = [`${indent}${position}. [${fix.owner}] ${fix.summary}`];
  const detail = `${indent}   `;
  if (fix.statement !== undefined) {
    lines.push(`${detail}statement: ${fix.statement === null ? '(removed)' : JSON.stringify(fix.statement)}`);
  }
  if (fix.context !== undefined) lines.push(`${detail}context: ${JSON.stringify(fix.context)}`);
  lines.push(`${detail}also allows: ${alsoAllows(fix)}`);
  return lines;
}

/** The lines of a plan, indented by `indent`; none for an allowed request. */
export function fixPlanLines(plan: FixPlan, indent = '  '): string[] {
  if (plan.problem !== null) return [`${indent}No verified fix: ${plan.problem}.`];
  if (plan.fixes.length === 0) return [];
  const heading =
    plan.fixes.length === 1
      ? `${indent}Fix (verified: the scenario with it allows the request):`
      : `${indent}Fixes (verified: applied in this order, together they allow the request):`;
  return [heading, ...plan.fixes.flatMap((fix, i) => fixLines(fix, i + 1, `${indent}  `))];
}
