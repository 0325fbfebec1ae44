/**
 * `checkGuardrails`: runs every check against a scenario whose principal has a boundary, and
 * offers each failing check the statements AWS recommends, once they are shown to work.
 */

import { AnalysisStopped, type CatalogAction } from '../analysis/types';
import type { JsonStatement } from '../analysis/policyJson';
import { policyText } from '../json/policyText';
import { compileScenario, type CompiledScenario } from '../scenario/compile';
import { mapPolicySlots, type PolicyPlace } from '../scenario/slots';
import { isAwsManagedPolicyArn } from '../scenario/validatePolicies';
import type { ContextValue, NamedPolicy, Scenario } from '../types';
import { CHECKS, verdict, type CheckDefinition } from './checks';
import { insertStatements } from './insertStatements';
import type { ProbeOutcome } from './probe';
import type { ProbeRunner } from './probe';
import { createSetup, type CheckSetup } from './setup';
import { subjectOf } from './subject';
import type {
  GuardrailClause,
  GuardrailCondition,
  GuardrailFinding,
  GuardrailFixTarget,
  GuardrailReport,
} from './types';

/** Options of {@link checkGuardrails}. */
export interface GuardrailOptions {
  /** Asked between checks and during the analysis; true stops the run with {@link AnalysisStopped}. */
  readonly shouldStop?: () => boolean;
}

/** The best way out a check found: the first path allowed as is, else one allowed with context. */
function settle(
  paths: readonly (readonly Parameters<ProbeRunner['run']>[0][])[],
  runner: ProbeRunner,
): { status: GuardrailFinding['status']; outcomes: ProbeOutcome[] } {
  let possible: ProbeOutcome[] | null = null;
  const blockers = new Set<ProbeOutcome>();
  for (const path of paths) {
    const outcomes: ProbeOutcome[] = [];
    let status: GuardrailFinding['status'] = 'fail';
    for (const probe of path) {
      const outcome = runner.run(probe);
      outcomes.push(outcome);
      if (outcome.status === 'pass') {
        status = 'pass';
        blockers.add(outcome);
        break;
      }
      if (outcome.status === 'possible') status = 'possible';
    }
    if (status === 'fail') return { status, outcomes };
    if (status === 'possible') possible ??= outcomes;
  }
  return possible === null
    ? { status: 'pass', outcomes: [...blockers] }
    : { status: 'possible', outcomes: possible };
}

/** What the requests of a `possible` way out needed, merged. */
function conditionOf(outcomes: readonly ProbeOutcome[]): GuardrailCondition {
  const context: Record<string, ContextValue> = {};
  const clauses = new Map<string, GuardrailClause>();
  for (const outcome of outcomes) {
    if (outcome.extra === undefined) continue;
    Object.assign(context, outcome.extra.context);
    for (const clause of outcome.extra.clauses) clauses.set(JSON.stringify(clause), clause);
  }
  const text = Object.entries(context)
    .map(([key, value]) => `${key} is ${JSON.stringify(value)}`)
    .join(' and ');
  return { text, context, clauses: [...clauses.values()] };
}

/** Whether `where` is the place of `target`. */
function isTarget(where: PolicyPlace, target: GuardrailFixTarget): boolean {
  if (where.slot.field !== target.slot) return false;
  return target.slot === 'permissionsBoundary' || where.index === target.index;
}

/** The scenario with `statements` added to the target policy, or null when its text does not take them. */
function withStatements(
  scenario: Scenario,
  target: GuardrailFixTarget,
  statements: readonly JsonStatement[],
): Scenario | null {
  let ok = true;
  const slots = mapPolicySlots(scenario, (policy: NamedPolicy, where): NamedPolicy => {
    if (!isTarget(where, target)) return policy;
    const text = typeof policy.document === 'string' ? policy.document : policyText(policy.document);
    const inserted = insertStatements(text, statements);
    if (!inserted.ok) ok = false;
    return inserted.ok ? { ...policy, document: inserted.text } : policy;
  });
  return ok ? { ...scenario, ...slots } : null;
}

const isEditable = (policy: NamedPolicy) => policy.arn === undefined || !isAwsManagedPolicyArn(policy.arn);

/**
 * Where fixes go. Documented choice: into the boundary, as in AWS's delegated-administration
 * example: a Deny there denies as well as one in an identity policy, and the principal cannot
 * rewrite its boundary once `edit-boundary-policy` passes, while it may be able to rewrite its
 * own identity policies. An AWS managed boundary cannot be edited, so then the first identity
 * policy that is not AWS managed takes them.
 */
function fixTargets(scenario: Scenario): GuardrailFixTarget[] {
  const targets: GuardrailFixTarget[] = [];
  const boundary = scenario.permissionsBoundary;
  if (boundary !== null && isEditable(boundary))
    targets.push({ slot: 'permissionsBoundary', policyName: boundary.name });
  scenario.identityPolicies.forEach((policy, index) => {
    if (isEditable(policy)) targets.push({ slot: 'identityPolicies', index, policyName: policy.name });
  });
  return targets;
}

/** One check's finding; `verify` re-runs a check on a changed scenario (absent: no fixes). */
function decide(
  check: CheckDefinition,
  setup: CheckSetup,
  verify?: (scenario: Scenario, check: CheckDefinition) => boolean,
): GuardrailFinding {
  const plan = check.plan(setup);
  const { status, outcomes } = settle(plan.paths, setup.runner);
  const condition = status === 'possible' ? conditionOf(outcomes) : undefined;
  const notes = [...plan.notes];
  const finding: GuardrailFinding = {
    id: check.id,
    severity: check.severity,
    title: check.title,
    status,
    requests: outcomes.map((outcome) => outcome.proof),
    ...(condition === undefined ? {} : { condition }),
    explanation: `${check.explain(setup)} ${verdict(status, check.severity, condition?.text)}`,
    notes,
  };
  if (status === 'pass' || verify === undefined) return finding;
  const spec = check.fix(setup);
  if (spec === null) return finding;
  const scenario = setup.compiled.scenario;
  // The first policy whose text takes the statements and where they make the check pass.
  for (const target of fixTargets(scenario)) {
    const changed = withStatements(scenario, target, spec.statements);
    if (changed !== null && verify(changed, check)) return { ...finding, fix: { ...spec, target } };
  }
  notes.push('No fix is offered: the recommended statements did not make this check pass here.');
  return finding;
}

/** Runs `checks` against a compiled scenario. */
function run(
  compiled: CompiledScenario,
  actions: readonly CatalogAction[],
  options: GuardrailOptions,
  checks: readonly CheckDefinition[],
  withFixes: boolean,
): GuardrailReport {
  const found = subjectOf(compiled);
  if (!found.ok) return { subject: null, notes: [found.reason], findings: [] };
  const setup = createSetup(compiled, found.subject, actions, options.shouldStop);
  const verify = (scenario: Scenario, check: CheckDefinition) =>
    run(compileScenario(scenario), actions, options, [check], false).findings[0]?.status === 'pass';
  const findings = checks.map((check) => {
    if (options.shouldStop?.() === true) throw new AnalysisStopped();
    return decide(check, setup, withFixes ? verify : undefined);
  });
  return { subject: found.subject, notes: found.notes, findings };
}

/**
 * Can the scenario's principal escape its permissions boundary? Runs every check (see the
 * README's "Guardrails") by evaluating probe requests against the whole scenario. `actions` is
 * the action catalog (or at least the actions the checks use): their ARN templates name the
 * probes' resources and the analysis finds the context a conditional grant needs. A scenario
 * whose principal has no boundary gets no findings and a note saying why.
 */
export function checkGuardrails(
  input: Scenario | CompiledScenario,
  actions: readonly CatalogAction[],
  options: GuardrailOptions = {},
): GuardrailReport {
  const compiled = 'caller' in input ? input : compileScenario(input);
  return run(compiled, actions, options, CHECKS, true);
}
