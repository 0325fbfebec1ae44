/** Turns an untrusted value into a `Scenario`, collecting every problem with its JSON path. */

import { parseCaller } from '../match/principal';
import type { Caller, Organization, Scenario, ScenarioAssertions } from '../types';
import {
  describeType,
  isRecord,
  own,
  ProblemCollector,
  warnUnknownFields,
  type ScenarioProblem,
} from './collector';
import { POLICY_SLOTS } from './slots';
import { readAssertions } from './validateAssertions';
import { readRequests } from './validateRequests';
import { readPolicySlots, type ManagedDocumentResolver } from './validatePolicies';

const TOP_LEVEL_FIELDS = new Set([
  'version',
  'principal',
  'sessionIssuer',
  'organization',
  ...POLICY_SLOTS.map((slot) => slot.field),
  'requests',
  'assert',
]);
const ORGANIZATION_FIELDS = new Set(['managementAccount']);
const ACCOUNT_ID = /^\d{12}$/;

/** Outcome of validation: the scenario (null when any error was found) and all problems. */
export interface ValidatedScenario {
  readonly scenario: Scenario | null;
  readonly problems: readonly ScenarioProblem[];
}

/** Options of {@link validateScenario}. */
export interface ValidateOptions {
  /**
   * The documents of AWS managed policies, for policies given as `{ "name", "arn" }` without a
   * document. Without it such a policy is an error.
   */
  readonly managedDocument?: ManagedDocumentResolver;
}

function readCaller(record: Record<string, unknown>, problems: ProblemCollector): Caller | null {
  const principal = own(record, 'principal');
  if (principal === undefined) {
    problems.report(
      'scenario-missing-field',
      ['principal'],
      (path) => `${path} (the caller's ARN) is required`,
    );
    return null;
  }
  if (typeof principal !== 'string') {
    problems.report(
      'scenario-wrong-type',
      ['principal'],
      (path) => `${path} must be the caller's ARN as a string, not ${describeType(principal)}`,
    );
    return null;
  }
  const issuer = own(record, 'sessionIssuer');
  if (issuer !== undefined && issuer !== null && typeof issuer !== 'string') {
    problems.report(
      'scenario-wrong-type',
      ['sessionIssuer'],
      (path) => `${path} must be an ARN string, not ${describeType(issuer)}`,
    );
    return null;
  }
  const parsed = parseCaller(principal, typeof issuer === 'string' ? issuer : undefined);
  if (!parsed.ok) {
    problems.report('scenario-principal', ['principal'], (path) => `${path}: ${parsed.error}`);
    return null;
  }
  for (const warning of parsed.warnings) {
    const code = warning.field === 'principal' ? 'scenario-principal-unusual' : 'scenario-session-issuer';
    problems.report(code, [warning.field], (path) => `${path}: ${warning.message}`);
  }
  return parsed.caller;
}

function readOrganization(value: unknown, problems: ProblemCollector): Organization | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    problems.report(
      'scenario-wrong-type',
      ['organization'],
      (path) =>
        `${path} must be an object such as { "managementAccount": "111122223333" }, not ${describeType(value)}`,
    );
    return undefined;
  }
  warnUnknownFields(value, ORGANIZATION_FIELDS, ['organization'], problems);
  const account = own(value, 'managementAccount');
  if (account === undefined) return {};
  if (typeof account !== 'string') {
    problems.report(
      'scenario-wrong-type',
      ['organization', 'managementAccount'],
      (path) => `${path} must be an account id string, not ${describeType(account)}`,
    );
    return {};
  }
  if (!ACCOUNT_ID.test(account)) {
    problems.report(
      'scenario-account-id',
      ['organization', 'managementAccount'],
      (path) => `${path} "${account}" is not a 12-digit account id`,
    );
  }
  return { managementAccount: account };
}

/** Policies that cannot apply to the caller are kept in the scenario but flagged (docs/iam-semantics.md §3.8). */
function warnInapplicable(caller: Caller, scenario: Scenario, problems: ProblemCollector): void {
  if (caller.kind === 'root') {
    if (scenario.identityPolicies.length > 0) {
      problems.report(
        'scenario-policy-ignored',
        ['identityPolicies'],
        (path) => `${path} are ignored: policies cannot be attached to the root user`,
      );
    }
    if (scenario.permissionsBoundary !== null) {
      problems.report(
        'scenario-policy-ignored',
        ['permissionsBoundary'],
        (path) => `${path} is ignored: the root user cannot have a permissions boundary`,
      );
    }
  }
  if (scenario.sessionPolicy !== null && (caller.kind === 'root' || caller.kind === 'user')) {
    problems.report(
      'scenario-policy-ignored',
      ['sessionPolicy'],
      (path) => `${path} is ignored: the principal is not a role session or federated-user session`,
    );
  }
}

function optionalAssertions(assert: ScenarioAssertions | undefined): { assert?: ScenarioAssertions } {
  return assert === undefined ? {} : { assert };
}

/** Validates `input` as a scenario. Never throws. */
export function validateScenario(input: unknown, options: ValidateOptions = {}): ValidatedScenario {
  const problems = new ProblemCollector();
  if (!isRecord(input)) {
    problems.report(
      'scenario-not-object',
      [],
      () => `The scenario must be a JSON object, not ${describeType(input)}`,
    );
    return { scenario: null, problems: problems.problems };
  }
  warnUnknownFields(input, TOP_LEVEL_FIELDS, [], problems);
  const version = own(input, 'version');
  if (version === undefined) {
    problems.report('scenario-missing-field', ['version'], (path) => `${path} is required (use 1)`);
  } else if (version !== 1) {
    problems.report(
      'scenario-version',
      ['version'],
      (path) => `${path} must be 1, not ${JSON.stringify(version)}`,
    );
  }
  const caller = readCaller(input, problems);
  const issuer = own(input, 'sessionIssuer');
  const organization = readOrganization(own(input, 'organization'), problems);
  const scenario: Scenario = {
    version: 1,
    principal: typeof own(input, 'principal') === 'string' ? (own(input, 'principal') as string) : '',
    ...(typeof issuer === 'string' ? { sessionIssuer: issuer } : {}),
    ...(organization === undefined ? {} : { organization }),
    ...readPolicySlots(input, { problems, managedDocument: options.managedDocument }),
    requests: readRequests(own(input, 'requests'), ['requests'], problems),
    ...optionalAssertions(readAssertions(own(input, 'assert'), problems)),
  };
  if (caller !== null) warnInapplicable(caller, scenario, problems);
  // Documented choice: any error rejects the whole scenario (no partial evaluation), so a
  // typo in one request never silently drops it from the results.
  return { scenario: problems.errors > 0 ? null : scenario, problems: problems.problems };
}
