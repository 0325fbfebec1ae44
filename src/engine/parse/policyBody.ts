/** The top level of a policy: Version, Id and Statement (docs/iam-semantics.md §1.1–§1.3). */
import type { JsonProperty } from '../json/nodes';
import { describeJsonType } from '../json/nodes';
import type { JsonNode } from '../json/parseJson';
import { openingBrace, quote, report, type ParseContext } from './context';
import { collectElements, POLICY_ELEMENTS } from './elements';
import { readStatement, type DraftStatement } from './statement';

/** The policy before statement validity is settled. */
export interface DraftPolicy {
  readonly version: string | null;
  readonly id: string | null;
  readonly statements: DraftStatement[];
}

const CURRENT = '2012-10-17';
const LEGACY = '2008-10-17';

/** Reads the root object of a policy. Sets `ctx.variablesEnabled` before statements are read. */
export function readPolicyBody(ctx: ParseContext, root: JsonNode): DraftPolicy {
  const els = collectElements(ctx, root, POLICY_ELEMENTS, 'at the top level of a policy');
  const version = readVersion(ctx, els.get('Version'), root);
  ctx.variablesEnabled = version === CURRENT;
  const id = readId(ctx, els.get('Id'));
  const statements: DraftStatement[] = [];
  const statement = els.get('Statement');
  if (statement === undefined) {
    report(
      ctx,
      'missing-statement',
      openingBrace(root),
      'Missing statement: add a Statement element to the policy.',
    );
  } else if (statement.value?.type === 'object') {
    const draft = readStatement(ctx, statement.value, 0);
    if (draft !== null) statements.push(draft);
  } else if (statement.value?.type === 'array') {
    const children = statement.value.children ?? [];
    // Documented choice: AWS rejects a policy without statements; an empty array is reported
    // like a missing Statement.
    if (children.length === 0) {
      report(
        ctx,
        'missing-statement',
        statement.value,
        'The Statement array is empty: add at least one statement.',
      );
    }
    children.forEach((child, index) => {
      const draft = readStatement(ctx, child, index);
      if (draft !== null) statements.push(draft);
    });
  } else if (statement.value !== undefined) {
    report(
      ctx,
      'statement-not-object',
      statement.value,
      `Statement must be an object or an array of objects, not ${describeJsonType(statement.value)}.`,
    );
  }
  checkDuplicateSids(ctx, statements);
  return { version, id, statements };
}

/**
 * Documented choice: for boundaries, SCPs and RCPs a Version other than 2012-10-17 (or none)
 * is an error, since IAM stores managed policies and Organizations stores SCPs/RCPs only with
 * that version (docs/iam-semantics.md §1.2); other types get the `missing-version` warning.
 */
function readVersion(ctx: ParseContext, prop: JsonProperty | undefined, root: JsonNode): string | null {
  const strict = ctx.rules.requiresVersion2012;
  const value = prop?.value;
  if (prop === undefined) {
    if (strict) {
      report(
        ctx,
        'version-2012-required',
        openingBrace(root),
        `Policy document must be version 2012-10-17 or greater: add "Version": "2012-10-17".`,
      );
    } else {
      report(
        ctx,
        'missing-version',
        openingBrace(root),
        'Missing version: add "Version": "2012-10-17". Without it, policy variables such as ${aws:username} are treated as literal text.',
      );
    }
    return null;
  }
  if (value === undefined) return null;
  if (value.type !== 'string') {
    report(
      ctx,
      'invalid-version',
      value,
      `Version must be the string "${CURRENT}", not ${describeJsonType(value)}.`,
      {
        suggestion: JSON.stringify(CURRENT),
      },
    );
    return null;
  }
  const version = String(value.value);
  if (version === CURRENT) return version;
  if (version === LEGACY) {
    // Spec §1.2: managed policies (so boundaries) and SCP/RCPs must be 2012-10-17.
    if (strict) {
      report(ctx, 'version-2012-required', value, 'Policy document must be version 2012-10-17 or greater.', {
        suggestion: JSON.stringify(CURRENT),
      });
    }
    return version;
  }
  report(ctx, 'invalid-version', value, `The version ${quote(version)} is not valid. Use "${CURRENT}".`, {
    suggestion: JSON.stringify(CURRENT),
  });
  return version;
}

function readId(ctx: ParseContext, prop: JsonProperty | undefined): string | null {
  const value = prop?.value;
  if (prop === undefined || value === undefined) return null;
  if (ctx.rules.idDiscouraged) {
    report(
      ctx,
      'id-in-identity-policy',
      prop.keyNode,
      'The Id element is meant for resource-based policies and should not be used in identity-based policies.',
    );
  }
  if (value.type !== 'string') {
    report(ctx, 'wrong-type', value, `Id must be a string, not ${describeJsonType(value)}.`);
    return null;
  }
  return String(value.value);
}

function checkDuplicateSids(ctx: ParseContext, statements: readonly DraftStatement[]): void {
  const seen = new Set<string>();
  // Documented choice: only IAM-owned policy types require unique Sids; for resource and KMS
  // key policies it is a warning (Access Analyzer "Unique Sids recommended").
  const severity = ctx.rules.strictSid ? 'error' : 'warning';
  for (const s of statements) {
    if (s.sid === null) continue;
    if (!seen.has(s.sid.sid)) seen.add(s.sid.sid);
    else {
      report(
        ctx,
        'duplicate-sid',
        s.sid.node,
        `Statement IDs (SID) in a single policy must be unique: ${quote(s.sid.sid)} is used more than once.`,
        { severity },
      );
    }
  }
}
