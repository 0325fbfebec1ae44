import { describe, expect, it } from 'vitest';
import { evaluateScenario, type Decision } from '../engine';
import { EXAMPLES, findExample } from './index';

const ID_PATTERN = /^[a-z0-9-]{1,64}$/;
const ALLOWED: Decision = 'Allowed';

/** Every policy text of a scenario, with where it sits, for the formatting checks. */
function documentsOf(example: (typeof EXAMPLES)[number]): { path: string; document: unknown }[] {
  const s = example.scenario;
  const named = [
    ...s.identityPolicies.map((p, i) => ({ path: `identityPolicies[${i}]`, document: p.document })),
    ...(s.permissionsBoundary
      ? [{ path: 'permissionsBoundary', document: s.permissionsBoundary.document }]
      : []),
    ...(s.sessionPolicy ? [{ path: 'sessionPolicy', document: s.sessionPolicy.document }] : []),
    ...(s.resourcePolicy ? [{ path: 'resourcePolicy', document: s.resourcePolicy.document }] : []),
  ];
  const org = [...s.serviceControlPolicies, ...s.resourceControlPolicies].flatMap((level) =>
    level.policies.map((p) => ({ path: `${level.target}/${p.name}`, document: p.document })),
  );
  return [...named, ...org];
}

describe('the gallery', () => {
  it('has at least 12 examples with unique, valid ids', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(12);
    const ids = EXAMPLES.map((example) => example.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
  });

  it('finds every example by id and nothing for an unknown id', () => {
    for (const example of EXAMPLES) expect(findExample(example.id)).toBe(example);
    expect(findExample('no-such-example')).toBeUndefined();
  });

  it.each([
    'ec2-boundary',
    'delegated-admin',
    'resource-policy-user',
    'resource-policy-role',
    'resource-policy-session',
  ])('includes %s', (id) => {
    expect(findExample(id)).toBeDefined();
  });
});

describe.each(EXAMPLES.map((example) => [example.id, example] as const))('example %s', (_id, example) => {
  it('has the card fields filled in and an AWS documentation source', () => {
    expect(example.title.trim()).not.toBe('');
    expect(example.summary.trim()).not.toBe('');
    expect(example.summary).not.toContain('\n');
    expect(example.explanation.trim()).not.toBe('');
    expect(example.tags.length).toBeGreaterThan(0);
    expect(example.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  it('has 2–5 expectations, at least one allowed and one denied, each explained', () => {
    const decisions = example.expectations.map((expectation) => expectation.decision);
    expect(decisions.length).toBeGreaterThanOrEqual(2);
    expect(decisions.length).toBeLessThanOrEqual(5);
    expect(decisions).toContain(ALLOWED);
    expect(decisions.some((decision) => decision !== ALLOWED)).toBe(true);
    for (const expectation of example.expectations) expect(expectation.why.trim()).not.toBe('');
  });

  it("lists the expectations' requests, in order, each carrying its expectation", () => {
    expect(example.scenario.requests).toEqual(
      example.expectations.map((expectation) => ({
        ...expectation.request,
        expect: {
          decision: expectation.decision,
          ...(expectation.deniedBy ? { deniedBy: expectation.deniedBy } : {}),
        },
      })),
    );
  });

  it('stores every document as pretty-printed JSON text with a trailing newline', () => {
    const documents = documentsOf(example);
    expect(documents.length).toBeGreaterThan(0);
    for (const { path, document } of documents) {
      expect(typeof document, path).toBe('string');
      const text = document as string;
      expect(text, path).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('parses with no error diagnostics', () => {
    const { diagnostics } = evaluateScenario(example.scenario);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('survives a round trip through JSON text (as the CLI and permalinks carry it)', () => {
    const fromText = evaluateScenario(JSON.stringify(example.scenario));
    const fromValue = evaluateScenario(example.scenario);
    expect(fromText.results.map((r) => r.decision)).toEqual(fromValue.results.map((r) => r.decision));
  });

  const { results } = evaluateScenario(example.scenario);
  it.each(example.expectations.map((expectation, index) => [index, expectation] as const))(
    'request %i evaluates as expected',
    (index, expectation) => {
      const result = results[index];
      expect(result, `no result for request ${index}`).toBeDefined();
      const context = `${expectation.request.action} on ${expectation.request.resource}`;
      expect(result?.decision, context).toBe(expectation.decision);
      if (expectation.deniedBy !== undefined) expect(result?.deniedBy, context).toBe(expectation.deniedBy);
      if (expectation.message !== undefined) expect(result?.message, context).toBe(expectation.message);
      if (expectation.decision === ALLOWED) expect(result?.message).toBeNull();
    },
  );
});

describe('ec2-boundary, the founding example', () => {
  const example = findExample('ec2-boundary');
  const scenario = example?.scenario;

  it('is the session of demo-restricted-admin', () => {
    expect(scenario?.principal).toBe(
      'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession',
    );
  });

  it('has exactly the AdministratorAccess and ec2-boundary texts', () => {
    expect(scenario?.identityPolicies).toEqual([
      {
        name: 'AdministratorAccess',
        document: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    }
  ]
}
`,
      },
    ]);
    expect(scenario?.permissionsBoundary).toEqual({
      name: 'ec2-boundary',
      document: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowEC2Only",
      "Effect": "Allow",
      "Action": "ec2:*",
      "Resource": "*"
    }
  ]
}
`,
    });
    expect(scenario?.sessionPolicy).toBeNull();
    expect(scenario?.resourcePolicy).toBeNull();
    expect(scenario?.serviceControlPolicies).toEqual([]);
    expect(scenario?.resourceControlPolicies).toEqual([]);
  });

  it('expects DescribeInstances allowed and ListAllMyBuckets denied with the reported message', () => {
    expect(
      example?.expectations.map((e) => [e.request.action, e.request.resource, e.decision, e.deniedBy]),
    ).toEqual([
      ['ec2:DescribeInstances', '*', 'Allowed', null],
      ['s3:ListAllMyBuckets', '*', 'ImplicitDeny', 'boundary'],
    ]);
    expect(example?.expectations[1]?.message).toBe(
      'User: arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession is not authorized ' +
        'to perform: s3:ListAllMyBuckets because no permissions boundary allows the s3:ListAllMyBuckets action',
    );
  });
});
