/** Helpers that keep example files short and their scenarios consistent with their expectations. */

import type { NamedPolicy, OrgPolicyLevel, ResourcePolicy, Scenario } from '../engine';
import type { Example, ExampleExpectation } from './types';

/**
 * A policy document as the editor shows it: JSON with a 2-space indent and a trailing newline.
 * Examples are written as objects so they are always valid JSON, then stored as text.
 */
export function policyText(document: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

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

/** The part of a scenario an example spells out; absent layers default to "none". */
export interface ScenarioSetup {
  readonly principal: string;
  readonly sessionIssuer?: string;
  readonly identityPolicies?: readonly NamedPolicy[];
  readonly permissionsBoundary?: NamedPolicy | null;
  readonly sessionPolicy?: NamedPolicy | null;
  readonly resourcePolicy?: ResourcePolicy | null;
  readonly serviceControlPolicies?: readonly OrgPolicyLevel[];
  readonly resourceControlPolicies?: readonly OrgPolicyLevel[];
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
    principal: setup.principal,
    ...(setup.sessionIssuer === undefined ? {} : { sessionIssuer: setup.sessionIssuer }),
    identityPolicies: setup.identityPolicies ?? [],
    permissionsBoundary: setup.permissionsBoundary ?? null,
    sessionPolicy: setup.sessionPolicy ?? null,
    resourcePolicy: setup.resourcePolicy ?? null,
    serviceControlPolicies: setup.serviceControlPolicies ?? [],
    resourceControlPolicies: setup.resourceControlPolicies ?? [],
    requests: expectations.map((expectation: ExampleExpectation) => expectation.request),
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
