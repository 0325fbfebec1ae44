/**
 * Compiling a scenario: every policy parsed once with its policy type, statements prepared
 * for the scenario's caller, and the caller's derived context keys computed once — so
 * evaluating thousands of requests re-parses nothing.
 */

import { compileStatement, type CompiledStatement } from '../evaluate/compileStatement';
import { deriveCallerContext, parseCaller } from '../match/principal';
import { parsePolicy, type ParseOptions } from '../parse/parsePolicy';
import type {
  Caller,
  ContextEntry,
  Diagnostic,
  Layer,
  NamedPolicy,
  ParseResult,
  Policy,
  PolicyLevel,
  PolicyType,
  ResourcePolicyKind,
  Scenario,
  Statement,
} from '../types';
import { formatPath } from './path';
import { isRcpFullAwsAccess, RCP_FULL_AWS_ACCESS_NAME } from './rcpFullAccess';
import { isAwsManagedPolicyArn } from './validatePolicies';
import { mapPolicySlots } from './slots';
import { ZERO_RANGE } from './textPosition';

/** One policy of a compiled scenario. */
export interface CompiledPolicy {
  readonly layer: Layer;
  readonly name: string;
  /** SCP/RCP level label. */
  readonly level?: string;
  /** Position inside its layer (inside its level for SCPs/RCPs). */
  readonly policyIndex: number;
  /** Where the policy sits in the scenario, e.g. `identityPolicies[0]`. */
  readonly path: string;
  readonly type: PolicyType;
  /** The parser's output, kept for the UI (diagnostics per policy). */
  readonly parse: ParseResult;
  readonly variablesEnabled: boolean;
  readonly statements: readonly CompiledStatement[];
}

/** One SCP/RCP level of a compiled scenario. */
export interface CompiledLevel {
  readonly target: string;
  readonly policies: readonly CompiledPolicy[];
}

/** A scenario prepared for {@link evaluateRequest}. */
export interface CompiledScenario {
  readonly scenario: Scenario;
  readonly caller: Caller;
  /** Identity policies; empty for the root user, to whom none can be attached. */
  readonly identity: readonly CompiledPolicy[];
  /** Null when there is none, and for the root user. */
  readonly boundary: CompiledPolicy | null;
  /** True when the caller is a role or federated-user session, so the session layer applies. */
  readonly isSession: boolean;
  /** Null when none was passed, and for callers that are not sessions. */
  readonly session: CompiledPolicy | null;
  readonly resource: CompiledPolicy | null;
  readonly resourceKind: ResourcePolicyKind | null;
  /** The VPC endpoint's policy; null when requests do not go through an endpoint with one. */
  readonly vpcEndpoint: CompiledPolicy | null;
  readonly scpLevels: readonly CompiledLevel[];
  /**
   * RCP levels: AWS's RCPFullAWSAccess (policy index -1, in no editor) first, then the
   * customer RCPs.
   */
  readonly rcpLevels: readonly CompiledLevel[];
  /** The organization's management account, when the scenario names one. */
  readonly managementAccount: string | null;
  /** The caller's derived context keys, keyed by lower-cased name. */
  readonly baseContext: ReadonlyMap<string, ContextEntry>;
  /** Every policy's parse diagnostics (with `path` naming the document), then compile problems. */
  readonly diagnostics: readonly Diagnostic[];
}

/** A policy parser with {@link parsePolicy}'s contract, e.g. one that reuses earlier parses. */
export type PolicyParser = (
  input: string | Record<string, unknown>,
  type: PolicyType,
  options: ParseOptions,
) => ParseResult;

/** Options of {@link compileScenario}. */
export interface CompileOptions {
  /**
   * Parses each document. A caller that compiles the same texts again and again (the worker,
   * on every keystroke) passes one that remembers its parses: a 90,000-character managed
   * policy then is not parsed anew each time. @default parsePolicy
   */
  readonly parse?: PolicyParser;
}

function safeParse(policy: NamedPolicy, type: PolicyType, parse: PolicyParser): ParseResult {
  try {
    // An AWS managed policy named by its ARN is AWS's own document, held to no customer quota.
    const awsManaged = policy.arn !== undefined && isAwsManagedPolicyArn(policy.arn);
    return parse(policy.document, type, { awsManaged });
  } catch {
    // The parser promises never to throw; this keeps one bad document from sinking the rest.
    return {
      policy: null,
      diagnostics: [
        {
          code: 'json-syntax',
          severity: 'error',
          message: 'The policy could not be read.',
          range: ZERO_RANGE,
        },
      ],
      size: { counted: 0, limit: 0, countsWhitespace: false },
    };
  }
}

/** RCPFullAWSAccess's one statement, built directly: it has no text in any editor to point into. */
const FULL_ACCESS_STATEMENT: Statement = {
  index: 0,
  sid: null,
  effect: 'Allow',
  action: { kind: 'Action', patterns: [{ value: '*', range: ZERO_RANGE }] },
  resource: { kind: 'Resource', patterns: [{ value: '*', range: ZERO_RANGE }] },
  principal: { kind: 'Principal', entries: [{ type: 'AWS', value: '*', range: ZERO_RANGE }] },
  conditions: [],
  valid: true,
  range: ZERO_RANGE,
};

/** AWS's RCPFullAWSAccess, compiled for this caller. */
function rcpFullAccessPolicy(caller: Caller): CompiledPolicy {
  const policy: Policy = {
    version: '2012-10-17',
    id: null,
    variablesEnabled: true,
    statements: [FULL_ACCESS_STATEMENT],
  };
  return {
    layer: 'rcp',
    name: RCP_FULL_AWS_ACCESS_NAME,
    policyIndex: -1,
    path: RCP_FULL_AWS_ACCESS_NAME,
    type: 'rcp',
    parse: { policy, diagnostics: [], size: { counted: 0, limit: 0, countsWhitespace: true } },
    variablesEnabled: true,
    statements: [compileStatement(FULL_ACCESS_STATEMENT, { caller, notPrincipalDeniesBounded: false })],
  };
}

/** A caller that matches nothing specific, used only when the scenario's principal is invalid. */
function placeholderCaller(arn: string): Caller {
  return { kind: 'user', arn, account: '', partition: 'aws', name: '', path: '/' };
}

/**
 * Parses every policy of `scenario` once and prepares it for evaluation. Expects a scenario
 * from {@link parseScenario}; given one with an unparseable principal it still returns a
 * usable result (reporting the problem) rather than throwing.
 */
export function compileScenario(scenario: Scenario, options: CompileOptions = {}): CompiledScenario {
  const parser = options.parse ?? parsePolicy;
  const diagnostics: Diagnostic[] = [];
  const parsed = parseCaller(scenario.principal, scenario.sessionIssuer);
  const caller = parsed.ok ? parsed.caller : placeholderCaller(scenario.principal);
  if (!parsed.ok) {
    diagnostics.push({
      code: 'scenario-principal',
      severity: 'error',
      message: `principal: ${parsed.error}`,
      range: ZERO_RANGE,
      path: 'principal',
    });
  }
  const isRoot = caller.kind === 'root';
  const isSession = caller.kind === 'role-session' || caller.kind === 'federated-user';
  const hasBoundary = !isRoot && scenario.permissionsBoundary !== null;

  // Every policy is parsed, even one that cannot apply to this caller, so its diagnostics show.
  const slots = mapPolicySlots(scenario, (policy, where): CompiledPolicy | null => {
    // AWS's RCPFullAWSAccess is part of every RCP level already; a copy listed by name adds nothing.
    if (where.slot.layer === 'rcp' && isRcpFullAwsAccess(policy)) return null;
    const parse = safeParse(policy, where.policyType, parser);
    const path = formatPath(where.path);
    for (const diagnostic of parse.diagnostics) {
      const inner = diagnostic.path === undefined ? '' : `.${diagnostic.path}`;
      diagnostics.push({ ...diagnostic, path: `${path}.document${inner}` });
    }
    const layer = where.slot.layer;
    const options = { caller, notPrincipalDeniesBounded: layer === 'resource' && hasBoundary };
    return {
      layer,
      name: policy.name,
      ...(where.level === null ? {} : { level: where.level.target }),
      policyIndex: where.index,
      path,
      type: where.policyType,
      parse,
      variablesEnabled: parse.policy?.variablesEnabled ?? false,
      statements: parse.policy?.statements.map((statement) => compileStatement(statement, options)) ?? [],
    };
  });
  const present = <T>(list: readonly (T | null)[]): T[] => list.filter((item): item is T => item !== null);
  const levels = (list: readonly PolicyLevel<CompiledPolicy | null>[]): CompiledLevel[] =>
    list.map((level) => ({ target: level.target, policies: present(level.policies) }));
  // Every RCP level holds AWS's RCPFullAWSAccess first; it is compiled once and shared.
  const fullAccess = scenario.resourceControlPolicies.length > 0 ? rcpFullAccessPolicy(caller) : null;
  const rcpLevels = levels(slots.resourceControlPolicies).map((level) => ({
    target: level.target,
    policies:
      fullAccess === null ? level.policies : [{ ...fullAccess, level: level.target }, ...level.policies],
  }));

  const baseContext = new Map<string, ContextEntry>();
  for (const [key, value] of Object.entries(deriveCallerContext(caller))) {
    baseContext.set(key.toLowerCase(), { key, values: [value], multivalued: false });
  }

  return {
    scenario,
    caller,
    identity: isRoot ? [] : present(slots.identityPolicies),
    boundary: hasBoundary ? slots.permissionsBoundary : null,
    isSession,
    session: isSession ? slots.sessionPolicy : null,
    resource: slots.resourcePolicy,
    resourceKind: scenario.resourcePolicy?.kind ?? null,
    vpcEndpoint: slots.vpcEndpointPolicy,
    scpLevels: levels(slots.serviceControlPolicies),
    rcpLevels,
    managementAccount: scenario.organization?.managementAccount ?? null,
    baseContext,
    diagnostics,
  };
}
