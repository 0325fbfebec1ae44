/** Helpers that keep example files short and their scenarios consistent with their expectations. */

import {
  NO_POLICIES,
  policyText,
  type NamedPolicy,
  type OrgPolicyLevel,
  type Organization,
  type PolicySlots,
  type ResourcePolicy,
  type Scenario,
} from '../engine';
import type { Example, ExampleExpectation } from './types';

// Examples are written as objects so they are always valid JSON, then stored as the text the
// editor shows (`policyText`).

/** A named policy whose document is stored as pretty-printed text. */
export function policy(name: string, document: Readonly<Record<string, unknown>>): NamedPolicy {
  return { name, document: policyText(document) };
}

/** A resource-based policy of the given kind, stored as pretty-printed text. */
export function resourcePolicy(
  kind: ResourcePolicy['kind'],
  name: string,
  document: Readonly<Record<string, unknown>>,
): ResourcePolicy {
  return { kind, name, document: policyText(document) };
}

/** One organization level (root, OU or account) with its SCPs or RCPs. */
export function orgLevel(target: string, policies: readonly NamedPolicy[]): OrgPolicyLevel {
  return { target, policies };
}

/**
 * The part of a scenario an example spells out: the caller, maybe the organization, and the
 * policies slot by slot (see `src/engine/scenario/slots.ts`); absent slots default to "none".
 */
export interface ScenarioSetup extends Partial<PolicySlots<NamedPolicy>> {
  readonly principal: string;
  readonly sessionIssuer?: string;
  readonly organization?: Organization;
}

/** Everything an example file gives; the scenario's requests come from the expectations. */
export interface ExampleDefinition extends Omit<Example, 'scenario'> {
  readonly setup: ScenarioSetup;
}

/**
 * Builds an example. The scenario's `requests` are taken from the expectations, in order, so
 * the two can never drift apart.
 */
export function defineExample(definition: ExampleDefinition): Example {
  const { setup, expectations, ...card } = definition;
  const scenario: Scenario = {
    version: 1,
    ...NO_POLICIES,
    ...setup,
    // Each request carries its expectation, so the simulator can show it as a test.
    requests: expectations.map((expectation: ExampleExpectation) => ({
      ...expectation.request,
      expect: {
        decision: expectation.decision,
        ...(expectation.deniedBy ? { deniedBy: expectation.deniedBy } : {}),
      },
    })),
  };
  return { ...card, scenario, expectations };
}

/** AdministratorAccess as AWS publishes it. */
export const ADMINISTRATOR_ACCESS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
} as const;

/** FullAWSAccess, the SCP AWS Organizations attaches to every root, OU and account by default. */
export const FULL_AWS_ACCESS = policy('FullAWSAccess', ADMINISTRATOR_ACCESS);
