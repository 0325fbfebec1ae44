/** Validation of the scenario's optional `assert` field (effective-set assertions). */

import type { ScenarioAssertions } from '../types';
import { describeType, isRecord, own, warnUnknownFields, type ProblemCollector } from './collector';

const ASSERT_FIELDS = new Set(['neverAllowed', 'alwaysAllowed']);
/** `*`, or `service:action` with wildcards allowed on either side (as in an Action element). */
const ACTION_PATTERN = /^(\*|[^:\s]+:[^:\s]+)$/;

/** Whether `text` is written like an Action entry: `*` or `service:action`, wildcards allowed. */
export function isActionPattern(text: string): boolean {
  return ACTION_PATTERN.test(text);
}

function readPatterns(
  value: unknown,
  field: 'neverAllowed' | 'alwaysAllowed',
  problems: ProblemCollector,
): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.report(
      'scenario-assertion',
      ['assert', field],
      (path) => `${path} must be an array of action patterns such as ["iam:*"], not ${describeType(value)}`,
    );
    return undefined;
  }
  const patterns: string[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item === 'string' && isActionPattern(item)) patterns.push(item);
    else {
      const shown = typeof item === 'string' ? JSON.stringify(item) : describeType(item);
      problems.report(
        'scenario-assertion',
        ['assert', field, index],
        (path) => `${path} must be an action pattern such as "iam:*" or "ec2:Describe*", not ${shown}`,
      );
    }
  });
  return patterns;
}

/**
 * Reads `assert` (absent ⇒ undefined). It is not a policy slot: the analysis checks it, the
 * evaluator never reads it.
 */
export function readAssertions(value: unknown, problems: ProblemCollector): ScenarioAssertions | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    problems.report(
      'scenario-assertion',
      ['assert'],
      (path) => `${path} must be an object such as { "neverAllowed": ["iam:*"] }, not ${describeType(value)}`,
    );
    return undefined;
  }
  warnUnknownFields(value, ASSERT_FIELDS, ['assert'], problems);
  const neverAllowed = readPatterns(own(value, 'neverAllowed'), 'neverAllowed', problems);
  const alwaysAllowed = readPatterns(own(value, 'alwaysAllowed'), 'alwaysAllowed', problems);
  return {
    ...(neverAllowed === undefined ? {} : { neverAllowed }),
    ...(alwaysAllowed === undefined ? {} : { alwaysAllowed }),
  };
}
