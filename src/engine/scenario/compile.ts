/**
 * Compiling a scenario: every policy parsed once with its policy type, statements prepared
 * for the scenario's caller, and the caller's derived context keys computed once — so
 * evaluating thousands of requests re-parses nothing.
 */

import { compileStatement, type CompiledStatement } from '../evaluate/compileStatement';
import { deriveCallerContext, parseCaller } from '../match/principal';
import { parsePolicy } from '../parse/parsePolicy';
import type {
  Caller,
  ContextEntry,
  Diagnostic,
  Layer,
  NamedPolicy,
  OrgPolicyLevel,
  ParseResult,
  PolicyType,
  ResourcePolicyKind,
  Scenario,
} from '../types';
import { formatPath, type PathSegment } from './path';
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
  readonly scpLevels: readonly CompiledLevel[];
  readonly rcpLevels: readonly CompiledLevel[];
  /** The caller's derived context keys, keyed by lower-cased name. */
  readonly baseContext: ReadonlyMap<string, ContextEntry>;
  /** Every policy's parse diagnostics (with `path` naming the document), then compile problems. */
  readonly diagnostics: readonly Diagnostic[];
}

const RESOURCE_POLICY_TYPE: Record<ResourcePolicyKind, PolicyType> = {
  resource: 'resource',
  'kms-key': 'kms-key',
  'role-trust': 'role-trust',
};

function safeParse(policy: NamedPolicy, type: PolicyType): ParseResult {
  try {
    return parsePolicy(policy.document, type);
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

/** A caller that matches nothing specific, used only when the scenario's principal is invalid. */
function placeholderCaller(arn: string): Caller {
  return { kind: 'user', arn, account: '', partition: 'aws', name: '', path: '/' };
}

/**
 * Parses every policy of `scenario` once and prepares it for evaluation. Expects a scenario
 * from {@link parseScenario}; given one with an unparseable principal it still returns a
 * usable result (reporting the problem) rather than throwing.
 */
export function compileScenario(scenario: Scenario): CompiledScenario {
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

  const compile = (
    policy: NamedPolicy,
    type: PolicyType,
    layer: Layer,
    policyIndex: number,
    segments: readonly PathSegment[],
    level?: string,
  ): CompiledPolicy => {
    const parse = safeParse(policy, type);
    const path = formatPath(segments);
    for (const diagnostic of parse.diagnostics) {
      const inner = diagnostic.path === undefined ? '' : `.${diagnostic.path}`;
      diagnostics.push({ ...diagnostic, path: `${path}.document${inner}` });
    }
    const options = { caller, notPrincipalDeniesBounded: layer === 'resource' && hasBoundary };
    return {
      layer,
      name: policy.name,
      ...(level === undefined ? {} : { level }),
      policyIndex,
      path,
      type,
      parse,
      variablesEnabled: parse.policy?.variablesEnabled ?? false,
      statements: parse.policy?.statements.map((statement) => compileStatement(statement, options)) ?? [],
    };
  };

  const compileLevels = (
    levels: readonly OrgPolicyLevel[],
    type: 'scp' | 'rcp',
    field: string,
  ): CompiledLevel[] =>
    levels.map((level, levelIndex) => ({
      target: level.target,
      policies: level.policies.map((policy, index) =>
        compile(policy, type, type, index, [field, levelIndex, 'policies', index], level.target),
      ),
    }));

  const identity = isRoot
    ? []
    : scenario.identityPolicies.map((policy, index) =>
        compile(policy, 'identity', 'identity', index, ['identityPolicies', index]),
      );
  const boundaryPolicy = scenario.permissionsBoundary;
  const boundary =
    hasBoundary && boundaryPolicy !== null
      ? compile(boundaryPolicy, 'boundary', 'boundary', 0, ['permissionsBoundary'])
      : null;
  const sessionPolicy = scenario.sessionPolicy;
  const session =
    isSession && sessionPolicy !== null
      ? compile(sessionPolicy, 'session', 'session', 0, ['sessionPolicy'])
      : null;
  const resourcePolicy = scenario.resourcePolicy;
  const resource =
    resourcePolicy === null
      ? null
      : compile(resourcePolicy, RESOURCE_POLICY_TYPE[resourcePolicy.kind], 'resource', 0, ['resourcePolicy']);

  const baseContext = new Map<string, ContextEntry>();
  for (const [key, value] of Object.entries(deriveCallerContext(caller))) {
    baseContext.set(key.toLowerCase(), { key, values: [value], multivalued: false });
  }

  return {
    scenario,
    caller,
    identity,
    boundary,
    isSession,
    session,
    resource,
    resourceKind: resourcePolicy?.kind ?? null,
    scpLevels: compileLevels(scenario.serviceControlPolicies, 'scp', 'serviceControlPolicies'),
    rcpLevels: compileLevels(scenario.resourceControlPolicies, 'rcp', 'resourceControlPolicies'),
    baseContext,
    diagnostics,
  };
}
