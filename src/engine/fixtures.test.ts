/**
 * The engine's semantic test suite: every `fixtures/*.json` case, written from the AWS docs
 * rather than from the code, run through `evaluateScenario`.
 *
 * A fixture file is `{ topic, description, cases: [{ name, source, scenario, request, expected,
 * expectDiagnostics? }] }`; `scenario` is a partial Scenario completed with the defaults below.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, LAYERS, NO_POLICIES, type EvaluationResult, type Layer } from './index';

const FIXTURE_DIR = join(import.meta.dirname, 'fixtures');
const MIN_CASES = 250;

const DECISIONS = ['Allowed', 'ExplicitDeny', 'ImplicitDeny'] as const;
const ALLOW_BASES = [
  'always-allowed',
  'root-user',
  'identity',
  'resource-policy',
  'identity-and-resource-policy',
] as const;
const REASON_CODES = [
  'statement-invalid',
  'action-not-listed',
  'action-excluded',
  'resource-not-listed',
  'resource-excluded',
  'resource-variable-missing',
  'principal-not-listed',
  'principal-excluded',
  'condition-failed',
] as const;
const CASE_KEYS = ['name', 'source', 'scenario', 'request', 'expected', 'expectDiagnostics'];
const EXPECTED_KEYS = [
  'decision',
  'deniedBy',
  'deniedByAll',
  'message',
  'allowedBy',
  'missingContextKeys',
  'matchedStatements',
  'failedReason',
  'diagnostics',
  'skippedLayers',
];
const SOURCE_PREFIX = 'https://docs.aws.amazon.com/';

/** A statement the trace must show, located by layer, policy name and Sid. */
interface StatementRef {
  readonly layer: Layer;
  readonly policy: string;
  readonly sid: string | null;
}

interface Expected {
  readonly decision: (typeof DECISIONS)[number];
  readonly deniedBy?: Layer | null;
  readonly deniedByAll?: readonly Layer[];
  readonly message?: string | null;
  readonly allowedBy?: (typeof ALLOW_BASES)[number] | null;
  readonly missingContextKeys?: readonly string[];
  readonly matchedStatements?: readonly StatementRef[];
  readonly failedReason?: StatementRef & { readonly code: (typeof REASON_CODES)[number] };
  /** Diagnostic codes the scenario must produce (with their severity: `code:error`). */
  readonly diagnostics?: readonly string[];
  /** Layers that must be skipped, as `layer:reason`. */
  readonly skippedLayers?: readonly string[];
}

interface FixtureCase {
  readonly name: string;
  readonly source: string;
  readonly scenario: Record<string, unknown>;
  readonly request: Record<string, unknown>;
  readonly expected: Expected;
  readonly expectDiagnostics: boolean;
}

interface FixtureFile {
  readonly file: string;
  readonly topic: string;
  readonly description: string;
  readonly cases: readonly FixtureCase[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isLayer = (value: unknown): value is Layer => (LAYERS as readonly unknown[]).includes(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function checkStatementRef(value: unknown, where: string, problems: string[], withCode: boolean): void {
  if (!isObject(value)) {
    problems.push(`${where} must be an object`);
    return;
  }
  const allowed = withCode ? ['layer', 'policy', 'sid', 'code'] : ['layer', 'policy', 'sid'];
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) problems.push(`${where}.${key} is unknown`);
  if (!isLayer(value['layer'])) problems.push(`${where}.layer must be one of ${LAYERS.join(', ')}`);
  if (typeof value['policy'] !== 'string') problems.push(`${where}.policy must be a string`);
  if (!('sid' in value) || (value['sid'] !== null && typeof value['sid'] !== 'string')) {
    problems.push(`${where}.sid must be a string or null`);
  }
  if (withCode && !(REASON_CODES as readonly unknown[]).includes(value['code'])) {
    problems.push(`${where}.code must be one of ${REASON_CODES.join(', ')}`);
  }
}

function checkExpected(value: unknown, where: string, problems: string[]): void {
  if (!isObject(value)) {
    problems.push(`${where} must be an object`);
    return;
  }
  for (const key of Object.keys(value))
    if (!EXPECTED_KEYS.includes(key)) problems.push(`${where}.${key} is unknown`);
  if (!(DECISIONS as readonly unknown[]).includes(value['decision'])) {
    problems.push(`${where}.decision must be one of ${DECISIONS.join(', ')}`);
  }
  if ('deniedBy' in value && value['deniedBy'] !== null && !isLayer(value['deniedBy'])) {
    problems.push(`${where}.deniedBy must be a layer or null`);
  }
  if (
    'deniedByAll' in value &&
    !(Array.isArray(value['deniedByAll']) && value['deniedByAll'].every(isLayer))
  ) {
    problems.push(`${where}.deniedByAll must be an array of layers`);
  }
  if ('message' in value && value['message'] !== null && typeof value['message'] !== 'string') {
    problems.push(`${where}.message must be a string or null`);
  }
  if (
    'allowedBy' in value &&
    value['allowedBy'] !== null &&
    !(ALLOW_BASES as readonly unknown[]).includes(value['allowedBy'])
  ) {
    problems.push(`${where}.allowedBy must be one of ${ALLOW_BASES.join(', ')} or null`);
  }
  if ('missingContextKeys' in value) {
    const keys = value['missingContextKeys'];
    if (!isStringArray(keys) || keys.some((key) => key !== key.toLowerCase())) {
      problems.push(`${where}.missingContextKeys must be an array of lower-case strings`);
    }
  }
  if ('matchedStatements' in value) {
    const refs = value['matchedStatements'];
    if (!Array.isArray(refs)) problems.push(`${where}.matchedStatements must be an array`);
    else
      refs.forEach((ref, i) => checkStatementRef(ref, `${where}.matchedStatements[${i}]`, problems, false));
  }
  if ('failedReason' in value)
    checkStatementRef(value['failedReason'], `${where}.failedReason`, problems, true);
  for (const key of ['diagnostics', 'skippedLayers']) {
    if (key in value && !isStringArray(value[key]))
      problems.push(`${where}.${key} must be an array of strings`);
  }
}

function checkCase(value: unknown, where: string, problems: string[]): FixtureCase | null {
  if (!isObject(value)) {
    problems.push(`${where} must be an object`);
    return null;
  }
  const before = problems.length;
  for (const key of Object.keys(value))
    if (!CASE_KEYS.includes(key)) problems.push(`${where}.${key} is unknown`);
  if (typeof value['name'] !== 'string' || value['name'].trim() === '')
    problems.push(`${where}.name is required`);
  const source = value['source'];
  if (typeof source !== 'string' || !source.startsWith(SOURCE_PREFIX)) {
    problems.push(`${where}.source must be a ${SOURCE_PREFIX}… URL`);
  }
  if (!isObject(value['scenario'])) problems.push(`${where}.scenario must be an object`);
  const request = value['request'];
  if (!isObject(request)) problems.push(`${where}.request must be an object`);
  else {
    if (typeof request['action'] !== 'string') problems.push(`${where}.request.action must be a string`);
    if (typeof request['resource'] !== 'string') problems.push(`${where}.request.resource must be a string`);
    if ('context' in request && !isObject(request['context']))
      problems.push(`${where}.request.context must be an object`);
  }
  checkExpected(value['expected'], `${where}.expected`, problems);
  if ('expectDiagnostics' in value && typeof value['expectDiagnostics'] !== 'boolean') {
    problems.push(`${where}.expectDiagnostics must be a boolean`);
  }
  if (problems.length > before) return null;
  return {
    name: value['name'] as string,
    source: source as string,
    scenario: value['scenario'] as Json,
    request: request as Json,
    expected: value['expected'] as unknown as Expected,
    expectDiagnostics: value['expectDiagnostics'] === true,
  };
}

function loadFixtures(): { files: FixtureFile[]; problems: string[] } {
  const problems: string[] = [];
  const files: FixtureFile[] = [];
  const names = readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const file of names) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${String(error)})`);
      continue;
    }
    if (!isObject(data)) {
      problems.push(`${file}: the top level must be an object`);
      continue;
    }
    const { topic, description, cases } = data;
    if (typeof topic !== 'string' || topic === '') problems.push(`${file}: topic is required`);
    if (typeof description !== 'string' || description.trim() === '')
      problems.push(`${file}: description is required`);
    if (!Array.isArray(cases) || cases.length === 0) {
      problems.push(`${file}: cases must be a non-empty array`);
      continue;
    }
    const seen = new Set<string>();
    const valid: FixtureCase[] = [];
    cases.forEach((raw, i) => {
      const checked = checkCase(raw, `${file} cases[${i}]`, problems);
      if (checked === null) return;
      if (seen.has(checked.name)) problems.push(`${file} cases[${i}]: duplicate name "${checked.name}"`);
      seen.add(checked.name);
      valid.push(checked);
    });
    files.push({
      file,
      topic: typeof topic === 'string' ? topic : file,
      description: typeof description === 'string' ? description : '',
      cases: valid,
    });
  }
  return { files, problems };
}

/** The partial scenario of a case completed with the runner's defaults (see the module doc). */
function buildScenario(fixture: FixtureCase): Json {
  return {
    version: 1,
    principal: 'arn:aws:iam::111122223333:user/Alice',
    ...NO_POLICIES,
    ...fixture.scenario,
    requests: [{ context: {}, ...fixture.request }],
  };
}

function findStatement(result: EvaluationResult, ref: StatementRef) {
  for (const policy of result.trace) {
    if (policy.layer !== ref.layer || policy.policyName !== ref.policy) continue;
    const statement = policy.statements.find((s) => s.sid === ref.sid);
    if (statement) return statement;
  }
  return undefined;
}

function describeRef(ref: StatementRef): string {
  return `${ref.layer}/${ref.policy}/${ref.sid ?? '(no Sid)'}`;
}

function runCase(fixture: FixtureCase): void {
  const { diagnostics, results } = evaluateScenario(buildScenario(fixture));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const want = fixture.expected;
  if (want.diagnostics !== undefined) {
    const got = new Set(diagnostics.map((d) => `${d.code}:${d.severity}`));
    for (const code of want.diagnostics) expect([...got], `diagnostic ${code}`).toContain(code);
  }
  if (fixture.expectDiagnostics) {
    expect(diagnostics.length, 'the case expects diagnostics but there are none').toBeGreaterThan(0);
  } else {
    expect(
      errors.map((d) => `${d.path ?? ''} ${d.code}: ${d.message}`),
      'unexpected error diagnostics',
    ).toEqual([]);
  }
  expect(results, 'one result for the one request').toHaveLength(1);
  const result = results[0] as EvaluationResult;
  const got = {
    decision: result.decision,
    deniedBy: result.deniedBy,
    message: result.message,
    allowedBy: result.allowedBy,
  };
  expect(got.decision, 'decision').toBe(want.decision);
  if ('deniedBy' in want) expect(got.deniedBy, 'deniedBy').toBe(want.deniedBy);
  if (want.deniedByAll !== undefined)
    expect([...result.deniedByAll], 'deniedByAll').toEqual(want.deniedByAll);
  if ('message' in want) expect(got.message, 'message').toBe(want.message);
  if ('allowedBy' in want) expect(got.allowedBy, 'allowedBy').toBe(want.allowedBy);
  if (want.missingContextKeys !== undefined) {
    expect([...new Set(result.missingContextKeys)].sort(), 'missingContextKeys').toEqual(
      [...new Set(want.missingContextKeys)].sort(),
    );
  }
  for (const ref of want.matchedStatements ?? []) {
    const statement = findStatement(result, ref);
    expect(statement, `trace has statement ${describeRef(ref)}`).toBeDefined();
    expect(statement?.matched, `statement ${describeRef(ref)} matched`).toBe(true);
  }
  if (want.skippedLayers !== undefined) {
    expect(
      result.skippedLayers.map((skip) => `${skip.layer}:${skip.reason}`),
      'skippedLayers',
    ).toEqual(want.skippedLayers);
  }
  if (want.failedReason !== undefined) {
    const ref = want.failedReason;
    const statement = findStatement(result, ref);
    expect(statement, `trace has statement ${describeRef(ref)}`).toBeDefined();
    expect(statement?.matched, `statement ${describeRef(ref)} matched`).toBe(false);
    expect(statement?.reason?.code, `first mismatch reason of ${describeRef(ref)}`).toBe(ref.code);
  }
}

const { files, problems } = loadFixtures();

describe('fixture files', () => {
  it('are well-formed (every case has a name, an AWS docs source, a scenario, a request and an expectation)', () => {
    expect(problems).toEqual([]);
  });

  it(`hold at least ${MIN_CASES} cases in all`, () => {
    const total = files.reduce((sum, file) => sum + file.cases.length, 0);
    expect(total).toBeGreaterThanOrEqual(MIN_CASES);
  });

  it('each have a topic and a description', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.topic, file.file).not.toBe('');
      expect(file.description.trim(), file.file).not.toBe('');
    }
  });
});

for (const file of files) {
  describe(file.topic, () => {
    for (const fixture of file.cases) it(fixture.name, () => runCase(fixture));
  });
}
