/**
 * The guardrails' semantic suite: every `fixtures/*.json` case, one file per check, each citing
 * the AWS page it rests on. A case's finding must have the expected status, and its proof must
 * hold up on its own: every proof request, evaluated again, gives the decision the finding
 * claims; a `possible` finding's requests need the context it names; an offered fix, applied,
 * makes the check pass.
 *
 * A file is `{ topic: <check id>, description, cases: [{ name, source, scenario, expected }] }`;
 * `scenario` is a partial Scenario completed with the defaults below; `expected` has `status`
 * and optionally `conditionKeys` (lower-case), `fix` (whether one is offered), `requests` (the
 * proof's `{ action, resource, decision }`, in order), `notes` and `reportNotes` (texts the
 * finding's or the report's notes contain).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import {
  checkGuardrails,
  compileScenario,
  evaluateRequest,
  GUARDRAIL_IDS,
  insertStatements,
  mapPolicySlots,
  NO_POLICIES,
  parseScenario,
  policyText,
  type GuardrailFinding,
  type GuardrailId,
  type NamedPolicy,
  type Request,
  type Scenario,
} from '../index';

const FIXTURE_DIR = join(import.meta.dirname, 'fixtures');
const SOURCE_PREFIX = 'https://docs.aws.amazon.com/';
const CASE_KEYS = ['name', 'source', 'scenario', 'expected'];
const EXPECTED_KEYS = ['status', 'conditionKeys', 'fix', 'requests', 'notes', 'reportNotes'];
const STATUSES = ['fail', 'possible', 'pass'];
const MIN_CASES_PER_CHECK = 4;

const DEFAULTS = {
  version: 1,
  principal: 'arn:aws:iam::111122223333:user/delegate',
  ...NO_POLICIES,
  identityPolicies: [
    {
      name: 'AdministratorAccess',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
    },
  ],
  requests: [],
};

interface Expected {
  readonly status: GuardrailFinding['status'];
  readonly conditionKeys?: readonly string[];
  readonly fix?: boolean;
  readonly requests?: readonly { action: string; resource: string; decision: string }[];
  readonly notes?: readonly string[];
  readonly reportNotes?: readonly string[];
}

interface FixtureCase {
  readonly name: string;
  readonly source: string;
  readonly scenario: Record<string, unknown>;
  readonly expected: Expected;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's problems, so a malformed fixture fails loudly instead of testing nothing. */
function problemsOf(value: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return ['the file must hold an object'];
  if (!(GUARDRAIL_IDS as readonly unknown[]).includes(value['topic']))
    problems.push('topic must be a check id');
  if (!Array.isArray(value['cases']) || value['cases'].length < MIN_CASES_PER_CHECK)
    problems.push(`cases must list at least ${MIN_CASES_PER_CHECK} cases`);
  (Array.isArray(value['cases']) ? value['cases'] : []).forEach((item: unknown, i) => {
    const where = `cases[${i}]`;
    if (!isObject(item)) return void problems.push(`${where} must be an object`);
    for (const key of Object.keys(item))
      if (!CASE_KEYS.includes(key)) problems.push(`${where}.${key} is unknown`);
    if (typeof item['name'] !== 'string' || item['name'] === '') problems.push(`${where}.name is required`);
    if (typeof item['source'] !== 'string' || !item['source'].startsWith(SOURCE_PREFIX))
      problems.push(`${where}.source must be a ${SOURCE_PREFIX}… URL`);
    if (!isObject(item['scenario'])) problems.push(`${where}.scenario must be an object`);
    const expected = item['expected'];
    if (!isObject(expected)) return void problems.push(`${where}.expected must be an object`);
    for (const key of Object.keys(expected))
      if (!EXPECTED_KEYS.includes(key)) problems.push(`${where}.expected.${key} is unknown`);
    if (!STATUSES.includes(expected['status'] as string))
      problems.push(`${where}.expected.status is not a status`);
  });
  return problems;
}

const files = readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => ({ file, value: JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as unknown }));

const catalog = createNodeCatalog();

/** The case's scenario, completed and validated. */
function scenarioOf(partial: Record<string, unknown>): Scenario {
  const parsed = parseScenario({ ...DEFAULTS, ...partial });
  if (parsed.scenario === null) throw new Error(parsed.diagnostics.map((d) => d.message).join('; '));
  return parsed.scenario;
}

/** The finding of check `id` for `scenario`. */
function findingOf(scenario: Scenario, id: GuardrailId): GuardrailFinding {
  const finding = checkGuardrails(scenario, catalog.actions).findings.find((f) => f.id === id);
  if (finding === undefined) throw new Error(`no finding ${id}`);
  return finding;
}

/** The scenario with the fix's statements added to its target, as the playground's button adds them. */
function applyFix(scenario: Scenario, finding: GuardrailFinding): Scenario {
  const fix = finding.fix;
  if (fix === undefined) throw new Error('no fix');
  const slots = mapPolicySlots(scenario, (policy: NamedPolicy, where): NamedPolicy => {
    const hit =
      where.slot.field === fix.target.slot &&
      (fix.target.slot === 'permissionsBoundary' || fix.target.index === where.index);
    if (!hit) return policy;
    const text = typeof policy.document === 'string' ? policy.document : policyText(policy.document);
    const inserted = insertStatements(text, fix.statements);
    if (!inserted.ok) throw new Error(inserted.problem);
    return { ...policy, document: inserted.text };
  });
  return { ...scenario, ...slots };
}

function withoutKeys(request: Request, keys: readonly string[]): Request {
  const context = Object.fromEntries(
    Object.entries(request.context).filter(([key]) => !keys.includes(key.toLowerCase())),
  );
  return { ...request, context };
}

it('has a fixture file for every check', () => {
  expect(files.map(({ value }) => (value as Json)['topic']).sort()).toEqual([...GUARDRAIL_IDS].sort());
});

describe.each(files)('$file', ({ file, value }) => {
  it('is well formed', () => {
    expect(problemsOf(value), file).toEqual([]);
  });
  const topic = (value as { topic: GuardrailId }).topic;
  const cases = (value as { cases: FixtureCase[] }).cases;

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const scenario = scenarioOf(fixture.scenario);
    const report = checkGuardrails(scenario, catalog.actions);
    const finding = report.findings.find((f) => f.id === topic) as GuardrailFinding;
    const { expected } = fixture;
    expect(finding.status).toBe(expected.status);

    // Every proof request, evaluated again on its own, gives what the finding says.
    const compiled = compileScenario(scenario);
    for (const proof of finding.requests) {
      const again = evaluateRequest(compiled, proof.request);
      expect(again.decision).toBe(proof.result.decision);
      if (expected.status === 'pass') expect(again.decision).not.toBe('Allowed');
      else expect(again.decision).toBe('Allowed');
    }
    if (expected.requests !== undefined) {
      const shown = finding.requests.map((p) => ({
        action: p.request.action,
        resource: p.request.resource,
        decision: p.result.decision,
      }));
      // A way out is shown whole; a pass lists every request that stopped a way out tried.
      if (expected.status === 'pass' && expected.requests.length > 0)
        expect(shown).toEqual(expect.arrayContaining([...expected.requests]));
      else expect(shown).toEqual(expected.requests);
    }

    if (expected.status === 'possible') {
      const keys = Object.keys(finding.condition?.context ?? {}).map((k) => k.toLowerCase());
      expect(keys.sort()).toEqual([...(expected.conditionKeys ?? [])].sort());
      // The condition is needed: without its keys some request of the way out is denied.
      const bare = finding.requests.map(
        (p) => evaluateRequest(compiled, withoutKeys(p.request, keys)).decision,
      );
      expect(bare.some((decision) => decision !== 'Allowed')).toBe(true);
    } else expect(finding.condition).toBeUndefined();

    if (expected.fix === true) {
      expect(finding.fix).toBeDefined();
      expect(findingOf(applyFix(scenario, finding), topic).status).toBe('pass');
    } else if (expected.fix === false) expect(finding.fix).toBeUndefined();

    const notes = finding.notes.join('\n');
    for (const text of expected.notes ?? []) expect(notes).toContain(text);
    for (const text of expected.reportNotes ?? []) expect(report.notes.join('\n')).toContain(text);
  });
});
