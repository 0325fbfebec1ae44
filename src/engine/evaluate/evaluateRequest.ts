/**
 * Evaluating one request against a compiled scenario (docs/iam-semantics.md §3): match every statement of
 * every applicable layer, then combine the layers with {@link decide}.
 */

import { formatAccessDenied } from '../explain/message';
import type { CompiledPolicy, CompiledScenario } from '../scenario/compile';
import type { EvaluationResult, Layer, PolicyTrace, Request, RequestContext, StatementTrace } from '../types';
import { isAlwaysAllowed } from './alwaysAllowed';
import { applicableLayers } from './applicability';
import { buildContext } from './context';
import { decide } from './decide';
import { GRANT, type GrantStrength } from './grant';
import { matchStatement } from './matchStatement';
import { resourceAccountOf, resourcePolicyApplies } from './resourceAccount';

/** Options of {@link evaluateRequest}. */
export interface EvaluateOptions {
  /**
   * Build the per-statement trace. Whole-catalog analysis turns it off for speed; the
   * result's `trace` is then empty. @default true
   */
  readonly trace?: boolean;
}

const ALLOW = 1;
const DENY = 2;

/** One evaluation pass: matches policies and gathers traces, missing keys and the best grant. */
class Pass {
  readonly traces: PolicyTrace[] = [];
  readonly missingKeys = new Set<string>();
  grant: GrantStrength = GRANT.none;

  constructor(
    private readonly action: string,
    private readonly resource: string,
    private readonly context: RequestContext,
    private readonly withTrace: boolean,
  ) {}

  /** Matches every statement of `policy`; returns ALLOW/DENY flags of the matching ones. */
  policy(policy: CompiledPolicy): number {
    let flags = 0;
    // Only the resource-based policy grants; RCP statements also carry `Principal: "*"`.
    const grants = policy.layer === 'resource';
    const statements: StatementTrace[] | null = this.withTrace ? [] : null;
    for (const statement of policy.statements) {
      const reason = matchStatement(
        statement,
        this.action,
        this.resource,
        this.context,
        policy.variablesEnabled,
        this.missingKeys,
      );
      if (reason === null) {
        if (!statement.allow) flags |= DENY;
        else {
          flags |= ALLOW;
          if (grants && statement.principal.matched && statement.principal.grant > this.grant) {
            this.grant = statement.principal.grant;
          }
        }
      }
      statements?.push({
        index: statement.index,
        sid: statement.sid,
        effect: statement.effect,
        matched: reason === null,
        reason,
        range: statement.source.range,
      });
    }
    if (statements !== null) {
      this.traces.push({
        layer: policy.layer,
        policyName: policy.name,
        ...(policy.level === undefined ? {} : { level: policy.level }),
        policyIndex: policy.policyIndex,
        statements,
      });
    }
    return flags;
  }

  /** OR of the flags of several policies (every policy is still traced). */
  policies(list: readonly CompiledPolicy[]): number {
    let flags = 0;
    for (const policy of list) flags |= this.policy(policy);
    return flags;
  }

  /** SCP/RCP levels: denies if any level's policy denies; allows only if every level has an Allow. */
  levels(levels: CompiledScenario['scpLevels']): { denies: boolean; allows: boolean } {
    // Documented choice: an SCP level listed with no policies allows nothing — Organizations
    // attaches FullAWSAccess everywhere, so an empty level means it was detached.
    let denies = false;
    let allows = true;
    for (const level of levels) {
      const flags = this.policies(level.policies);
      if (flags & DENY) denies = true;
      if (!(flags & ALLOW)) allows = false;
    }
    return { denies, allows };
  }
}

/**
 * Evaluates one request (docs/iam-semantics.md §3.9). Never throws. `sts:GetCallerIdentity` (and, for IAM users
 * and the root user, `sts:GetSessionToken`) is always allowed (its trace is still computed). The scenario's SCPs govern the caller's account and
 * its RCPs the resource's account, whichever account that is.
 */
export function evaluateRequest(
  compiled: CompiledScenario,
  request: Request,
  options?: EvaluateOptions,
): EvaluationResult {
  const { action, resource } = request;
  const caller = compiled.caller;
  const context = buildContext(compiled.baseContext, request);
  const pass = new Pass(action, resource, context, options?.trace !== false);
  const explicitDenies: Layer[] = [];
  const resourceAccount = resourceAccountOf(request, caller.account);
  const applies = applicableLayers(compiled, request, resourceAccount);

  // Every RCP level also holds AWS's RCPFullAWSAccess, so RCPs only ever deny explicitly.
  // Documented choice: the scenario's RCPs are those of the resource's account, and AWS managed
  // KMS keys (which RCPs do not govern) are not modelled.
  if (applies.rcp && pass.levels(compiled.rcpLevels).denies) explicitDenies.push('rcp');
  const scp = applies.scp ? pass.levels(compiled.scpLevels) : { denies: false, allows: true };
  if (scp.denies) explicitDenies.push('scp');
  // A VPC endpoint policy grants nothing: it must allow the request, and its Deny denies.
  const endpoint =
    applies.vpcEndpoint && compiled.vpcEndpoint !== null ? pass.policy(compiled.vpcEndpoint) : ALLOW;
  if (endpoint & DENY) explicitDenies.push('vpcEndpoint');

  const resourcePolicy = compiled.resource;
  const resourceKind =
    resourcePolicy !== null &&
    compiled.resourceKind !== null &&
    resourcePolicyApplies(compiled.resourceKind, action)
      ? compiled.resourceKind
      : null;
  if (resourcePolicy !== null && resourceKind !== null && pass.policy(resourcePolicy) & DENY) {
    explicitDenies.push('resource');
  }

  const identity = pass.policies(compiled.identity);
  if (identity & DENY) explicitDenies.push('identity');
  const boundary = compiled.boundary === null ? ALLOW : pass.policy(compiled.boundary);
  if (boundary & DENY) explicitDenies.push('boundary');
  // A role session without a session policy is not limited; a federated-user session
  // (GetFederationToken) without one has no identity permissions (docs/iam-semantics.md §3.2 step 7).
  const session =
    compiled.session !== null
      ? pass.policy(compiled.session)
      : !compiled.isSession || caller.kind === 'role-session'
        ? ALLOW
        : 0;
  if (session & DENY) explicitDenies.push('session');

  const verdict = decide({
    alwaysAllowed: isAlwaysAllowed(action.toLowerCase(), caller.kind),
    explicitDenies,
    scpAllows: scp.allows,
    vpcEndpointAllows: (endpoint & ALLOW) !== 0,
    sameAccount: resourceAccount === caller.account,
    isRoot: caller.kind === 'root',
    resourceKind,
    grant: pass.grant,
    identityAllows: (identity & ALLOW) !== 0,
    boundaryAllows: (boundary & ALLOW) !== 0,
    sessionAllows: (session & ALLOW) !== 0,
  });

  const message =
    verdict.deniedBy === null || verdict.decision === 'Allowed'
      ? null
      : formatAccessDenied({
          callerArn: caller.arn,
          action,
          resource,
          decision: verdict.decision,
          layer: verdict.deniedBy,
          resourcePolicyKind: compiled.resourceKind,
        });

  return {
    action,
    resource,
    decision: verdict.decision,
    deniedBy: verdict.deniedBy,
    deniedByAll: verdict.deniedByAll,
    message,
    allowedBy: verdict.allowedBy,
    trace: pass.traces,
    missingContextKeys: [...pass.missingKeys],
    skippedLayers: applies.skipped,
  };
}
