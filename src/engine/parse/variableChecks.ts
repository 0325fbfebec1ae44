/** Policy-variable diagnostics (docs/iam-semantics.md §4.6), built on `scanVariables`. */
import { scanVariables, type VariableToken } from '../match/variables';
import type { DiagnosticCode } from './diagnosticCodes';
import { quote, report, type DiagnosticTarget, type ParseContext } from './context';

const MALFORMED: Record<'missing-brace' | 'empty' | 'space' | 'missing-quote', [DiagnosticCode, string]> = {
  'missing-brace': ['missing-brace', 'The policy variable is missing a closing brace "}".'],
  empty: ['empty-variable', 'The policy variable is empty: put a context key between "${" and "}".'],
  space: [
    'unsupported-space',
    'Spaces are not supported in a policy variable, except around the comma before a default value.',
  ],
  'missing-quote': [
    'missing-quote',
    "The default value of a policy variable must be in single quotes, e.g. ${aws:PrincipalTag/team, 'none'}.",
  ],
};

const UNSUPPORTED_ELEMENT = 'Policy variables are supported in the Resource and Condition elements.';

/**
 * Reports a `${` in a place that never takes variables (Action, Principal, Sid, condition
 * keys). Documented choice: reported under every Version, as Access Analyzer does, although
 * under 2008-10-17 the text would be matched literally.
 */
export function checkNoVariables(
  ctx: ParseContext,
  value: string,
  node: DiagnosticTarget,
  element: string,
): boolean {
  if (!value.includes('${')) return false;
  report(
    ctx,
    'variable-unsupported-element',
    node,
    `${UNSUPPORTED_ELEMENT} Found one in ${element}: ${quote(value)}.`,
  );
  return true;
}

/**
 * Checks the variables of a value that may hold them (a Resource ARN's resource part, a
 * String/ARN condition value). Tokens starting before `supportedFrom` sit where variables are
 * not allowed (the first five ARN components). Without Version 2012-10-17 variables are
 * literal text: one warning, no further checks.
 */
export function checkVariables(
  ctx: ParseContext,
  value: string,
  node: DiagnosticTarget,
  element: string,
  supportedFrom = 0,
): void {
  if (!value.includes('${')) return;
  const tokens: VariableToken[] = scanVariables(value);
  if (tokens.some((t) => t.start < supportedFrom)) {
    report(
      ctx,
      'variable-unsupported-element',
      node,
      `${UNSUPPORTED_ELEMENT} In an ARN they may appear only in the resource part, after the fifth colon: ${quote(value)}.`,
    );
    return;
  }
  if (!ctx.variablesEnabled) {
    report(
      ctx,
      'variable-unsupported-version',
      node,
      `To include variables in your policy, use the policy version 2012-10-17 or later. Under this policy's version ${quote(value)} in ${element} is matched as literal text.`,
    );
    return;
  }
  for (const token of tokens) {
    if (token.kind !== 'malformed') continue;
    const [code, message] = MALFORMED[token.problem];
    report(ctx, code, node, `${message} (${quote(value.slice(token.start, token.end))} in ${element})`);
  }
}
