/**
 * What every check works from: the subject, the names the policies use, the resource namer and
 * the probe runner, with the helpers that build the probes the checks share.
 */

import type { CatalogAction } from '../analysis/types';
import { parseArn } from '../arn';
import type { CompiledScenario } from '../scenario/compile';
import {
  BOUNDARY_KEY,
  chosenBoundaries,
  pinnedBoundaries,
  scenarioNames,
  type BoundaryChoice,
  type ScenarioNames,
} from './candidates';
import { ProbeRunner, type Probe } from './probe';
import { createResourceNamer, type ResourceNamer } from './resources';
import type { GuardrailSubject } from './types';

/** Every action a probe uses: the runner analyses them once per scenario. */
export const PROBE_ACTIONS = [
  'iam:AttachRolePolicy',
  'iam:AttachUserPolicy',
  'iam:CreateAccessKey',
  'iam:CreatePolicy',
  'iam:CreatePolicyVersion',
  'iam:CreateRole',
  'iam:CreateUser',
  'iam:DeletePolicy',
  'iam:DeleteRolePermissionsBoundary',
  'iam:DeleteUserPermissionsBoundary',
  'iam:PassRole',
  'iam:PutRolePermissionsBoundary',
  'iam:PutRolePolicy',
  'iam:PutUserPermissionsBoundary',
  'iam:PutUserPolicy',
  'iam:SetDefaultPolicyVersion',
  'iam:UpdateLoginProfile',
  'sts:AssumeRole',
  'ec2:RunInstances',
  'lambda:CreateFunction',
  'cloudformation:CreateStack',
] as const;

/** `User` or `Role`, as IAM action names spell the kind. */
export type KindWord = 'User' | 'Role';

/** Everything a check needs. */
export interface CheckSetup {
  readonly compiled: CompiledScenario;
  readonly subject: GuardrailSubject;
  readonly names: ScenarioNames;
  readonly namer: ResourceNamer;
  readonly runner: ProbeRunner;
  /** The boundaries the principal could pick itself. */
  readonly chosen: readonly BoundaryChoice[];
  /** The boundaries the policies name exactly. */
  readonly pinned: readonly string[];
  /** AWS's AdministratorAccess in the caller's partition. */
  readonly adminPolicy: string;
}

/** Builds the setup of one run. */
export function createSetup(
  compiled: CompiledScenario,
  subject: GuardrailSubject,
  actions: readonly CatalogAction[],
  shouldStop?: () => boolean,
): CheckSetup {
  const namer = createResourceNamer(actions, compiled.caller);
  const names = scenarioNames(compiled);
  const known = PROBE_ACTIONS.flatMap((name) => namer.action(name) ?? []);
  return {
    compiled,
    subject,
    names,
    namer,
    runner: new ProbeRunner(compiled, known, shouldStop),
    chosen: chosenBoundaries(compiled.caller, namer, names),
    pinned: pinnedBoundaries(names),
    adminPolicy: `arn:${compiled.caller.partition}:iam::aws:policy/AdministratorAccess`,
  };
}

/** `User` or `Role` for an IAM ARN's kind. */
export function kindWord(kind: 'user' | 'role'): KindWord {
  return kind === 'user' ? 'User' : 'Role';
}

/**
 * A probe of `action` on the IAM user or role `arn`, its resource built from the action's
 * ARN template. `boundary` is the `iam:PermissionsBoundary` the request carries: a policy ARN,
 * null for a request without one, undefined for a request where the key plays no part.
 */
export function principalProbe(
  setup: CheckSetup,
  action: string,
  arn: string,
  boundary?: string | null,
  context: Readonly<Record<string, string>> = {},
): Probe {
  const kind = arn.includes(':role/') ? 'role' : 'user';
  const name = (parseArn(arn)?.resource ?? '').slice(kind.length + 1);
  const resource = setup.namer.arn(action, `${kind}/`, name);
  if (boundary === undefined) return { action, resource, context };
  if (boundary === null) return { action, resource, context, absent: [BOUNDARY_KEY] };
  return { action, resource, context: { ...context, [BOUNDARY_KEY]: boundary } };
}

/** The probe that creates the customer managed policy `arn` (before using it as a boundary). */
export function createPolicyProbe(setup: CheckSetup, arn: string): Probe {
  const name = (parseArn(arn)?.resource ?? '').replace(/^policy\//, '');
  return {
    action: 'iam:CreatePolicy',
    resource: setup.namer.arn('iam:CreatePolicy', 'policy/', name),
    context: {},
  };
}

/** The probes that set the boundary `choice`: creating the policy first when it is the principal's own. */
export function withChoice(setup: CheckSetup, choice: BoundaryChoice, then: Probe): Probe[] {
  return choice.created ? [createPolicyProbe(setup, choice.arn), then] : [then];
}
