/** One statement: element rules by policy type (docs/iam-semantics.md §1.10) and normalisation. */
import type { JsonProperty } from '../json/nodes';
import type { JsonNode } from '../json/parseJson';
import type { ActionElement, ConditionClause, Effect, PrincipalElement, ResourceElement } from '../types';
import { openingBrace, report, type ParseContext } from './context';
import { readActions } from './actions';
import { readConditions } from './conditions';
import { collectElements, STATEMENT_ELEMENTS } from './elements';
import { choosePair } from './pairs';
import { isWildcardOnly, readPrincipals } from './principals';
import { readResources } from './resources';
import { readEffect, readSid, type SidInfo } from './statementParts';

/** A statement before its validity is known (that needs every diagnostic of the document). */
export interface DraftStatement {
  readonly index: number;
  readonly node: JsonNode;
  readonly sid: SidInfo | null;
  readonly effect: Effect;
  readonly action: ActionElement | null;
  readonly resource: ResourceElement | null;
  readonly principal: PrincipalElement | null;
  readonly conditions: ConditionClause[];
  /**
   * True when the statement can never apply. Documented choice: an empty Action, NotAction,
   * Resource, NotResource or Principal list makes the statement inert (`valid: false`), as
   * Access Analyzer's "Empty array" findings say; otherwise an empty NotAction would read as
   * "every action".
   */
  readonly inert: boolean;
}

/** Policy type names with their article, for messages. */
const TYPE_NAMES = {
  identity: 'an identity-based policy',
  boundary: 'a permissions boundary',
  session: 'a session policy',
  resource: 'a resource-based policy',
  'kms-key': 'a KMS key policy',
  'role-trust': 'a role trust policy',
  'vpc-endpoint': 'a VPC endpoint policy',
  scp: 'a service control policy',
  rcp: 'a resource control policy',
} as const;

/** Reads the statement at `node` (array position `index`); null when it is not an object. */
export function readStatement(ctx: ParseContext, node: JsonNode, index: number): DraftStatement | null {
  if (node.type !== 'object') {
    report(ctx, 'statement-not-object', node, 'Each statement must be a JSON object.');
    return null;
  }
  const els = collectElements(ctx, node, STATEMENT_ELEMENTS, 'in a statement');
  const sid = readSid(ctx, els.get('Sid'));
  const effect = readEffect(ctx, els.get('Effect'), node);

  let inert = false;
  let action: ActionElement | null = null;
  const actionPick = choosePair(ctx, els, 'Action', 'NotAction', 'action-and-notaction');
  if (actionPick === null) {
    report(
      ctx,
      'missing-action',
      openingBrace(node),
      'Missing action: add an Action or NotAction element to the policy statement.',
    );
  } else {
    const read = readActions(ctx, actionPick);
    action = read?.element ?? null;
    inert ||= read?.empty ?? false;
  }

  const resourcePick = choosePair(ctx, els, 'Resource', 'NotResource', 'resource-and-notresource');
  let resource: ResourceElement | null = null;
  if (resourcePick !== null) {
    if (ctx.rules.resource === 'forbidden') {
      report(
        ctx,
        'resource-in-trust-policy',
        resourcePick.prop.keyNode,
        `Has prohibited field ${resourcePick.kind}: a role trust policy must not contain ${resourcePick.kind}; the role itself is the resource.`,
      );
    }
    const read = readResources(ctx, resourcePick);
    resource = read?.element ?? null;
    inert ||= read?.empty ?? false;
  } else if (ctx.rules.resource !== 'forbidden') {
    report(
      ctx,
      'missing-resource',
      openingBrace(node),
      'Missing resource: add a Resource or NotResource element to the policy statement.',
      ctx.rules.resource === 'recommended' ? { severity: 'warning' } : {},
    );
  }

  const principal = readPrincipalElement(ctx, els, node, effect);
  if (principal !== null) inert ||= principal.empty;

  if (ctx.type === 'rcp') checkRcp(ctx, els, effect, principal?.element ?? null);

  const conditionProp = els.get('Condition');
  const conditions = conditionProp?.value === undefined ? [] : readConditions(ctx, conditionProp.value);
  return {
    index,
    node,
    sid,
    effect,
    action,
    resource,
    principal: principal?.element ?? null,
    conditions,
    inert,
  };
}

function readPrincipalElement(
  ctx: ParseContext,
  els: ReadonlyMap<string, JsonProperty>,
  node: JsonNode,
  effect: Effect,
): { element: PrincipalElement; empty: boolean } | null {
  const pick = choosePair(ctx, els, 'Principal', 'NotPrincipal', 'principal-and-notprincipal');
  if (ctx.rules.principal === 'forbidden') {
    if (pick !== null) {
      report(
        ctx,
        'principal-not-allowed',
        pick.prop.keyNode,
        `Policy document should not specify a principal: ${TYPE_NAMES[ctx.type]} does not support the ${pick.kind} element.`,
      );
    }
    return null;
  }
  if (pick === null) {
    report(
      ctx,
      'missing-principal',
      openingBrace(node),
      `Missing principal: each statement of ${TYPE_NAMES[ctx.type]} needs a Principal element.`,
    );
    return null;
  }
  if (pick.kind === 'NotPrincipal') {
    if (!ctx.rules.notPrincipalAllowed) {
      report(
        ctx,
        'notprincipal-not-allowed',
        pick.prop.keyNode,
        `The NotPrincipal element is not supported in ${TYPE_NAMES[ctx.type]}; use Principal.`,
      );
    } else if (effect === 'Allow') {
      report(
        ctx,
        'allow-notprincipal',
        pick.prop.keyNode,
        'Allow with NotPrincipal grants access to every principal not listed, including anonymous users. Use Principal, or a Deny with a condition on aws:PrincipalArn.',
      );
    }
  }
  return readPrincipals(ctx, pick);
}

function checkRcp(
  ctx: ParseContext,
  els: ReadonlyMap<string, JsonProperty>,
  effect: Effect,
  principal: PrincipalElement | null,
): void {
  const notAction = els.get('NotAction');
  if (notAction !== undefined) {
    report(
      ctx,
      'rcp-notaction',
      notAction.keyNode,
      'Resource control policies do not support NotAction; use Action.',
    );
  }
  // Documented choice: {"AWS": "*"} is accepted as well as "*", since the two are equivalent.
  const principalProp = els.get('Principal');
  if (
    principal !== null &&
    principal.kind === 'Principal' &&
    !isWildcardOnly(principal) &&
    principalProp?.value
  ) {
    report(
      ctx,
      'rcp-principal',
      principalProp.value,
      'In a resource control policy the Principal must be "*"; narrow it with conditions such as aws:PrincipalOrgID.',
    );
  }
  const effectValue = els.get('Effect')?.value;
  // Every RCP level has AWS's RCPFullAWSAccess attached, which cannot be detached; customer RCPs
  // may only deny (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html).
  if (effect === 'Allow' && effectValue !== undefined) {
    report(
      ctx,
      'rcp-effect',
      effectValue,
      'The effect of a resource control policy must be Deny: every level already has the AWS-managed RCPFullAWSAccess, the only RCP that may allow.',
    );
  }
}
