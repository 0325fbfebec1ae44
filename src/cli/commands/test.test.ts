import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';

import { createCliHarness, exampleScenario, expectUsageError } from '../testHarness';

const { file, cli, dir } = createCliHarness('test');

const passing = file(
  JSON.stringify(
    exampleScenario('ec2:*', {
      requests: [
        { action: 'ec2:DescribeInstances', resource: '*', expect: { decision: 'Allowed' } },
        {
          action: 's3:ListAllMyBuckets',
          resource: '*',
          expect: { decision: 'ImplicitDeny', deniedBy: 'boundary' },
        },
      ],
      assert: { neverAllowed: ['iam:*', 'organizations:*'], alwaysAllowed: ['ec2:Describe*'] },
    }),
  ),
);

/** A resource name with XML's special characters and an ESC, which neither XML nor a terminal may get raw. */
const HOSTILE = `arn:aws:s3:::b/<a href="x">&'\u001b[2J`;

const failing = file(
  JSON.stringify(
    exampleScenario('ec2:*', {
      identityPolicies: [
        {
          name: 'AdministratorAccess',
          document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        },
        {
          name: 'no-termination',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'NoTerminate', Effect: 'Deny', Action: 'ec2:TerminateInstances', Resource: '*' },
            ],
          },
        },
      ],
      requests: [
        { action: 'ec2:TerminateInstances', resource: '*', expect: { decision: 'Allowed' } },
        {
          action: 's3:GetObject',
          resource: HOSTILE,
          expect: { decision: 'ImplicitDeny', deniedBy: 'boundary' },
        },
      ],
      assert: { neverAllowed: ['ec2:RunInstances'], alwaysAllowed: ['ec2:Terminate*'] },
    }),
  ),
);

/** Parses XML strictly: any warning or error of the parser fails the test. */
function parseXml(text: string) {
  const problems: string[] = [];
  const parsed = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) });
  const document = parsed.parseFromString(text, 'text/xml');
  expect(problems).toEqual([]);
  return document;
}

function children(element: Element, name: string): Element[] {
  return Array.from(element.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).tagName === name,
  );
}

describe('iam-playground test', () => {
  it('exits 0 and prints one PASS line per check and a summary when every check passes', async () => {
    const run = await cli('test', passing);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      `PASS ${passing} requests[0] ec2:DescribeInstances on *`,
      `PASS ${passing} requests[1] s3:ListAllMyBuckets on *`,
      `PASS ${passing} assert.neverAllowed "iam:*"`,
      `PASS ${passing} assert.neverAllowed "organizations:*"`,
      `PASS ${passing} assert.alwaysAllowed "ec2:Describe*"`,
      '1 file, 5 checks: 5 passed, 0 failed',
    ]);
  });

  it('exits 1 on a failure, with the AccessDenied message and the deciding statement', async () => {
    const run = await cli('test', passing, failing);
    expect(run.code).toBe(1);
    const out = run.stdout;
    expect(out).toContain(
      `FAIL ${failing} requests[0] ec2:TerminateInstances on *: expected Allowed, got ExplicitDeny by identity\n`,
    );
    expect(out).toMatch(
      /^ +AccessDenied: User: arn:aws:sts::\S+ is not authorized to perform: ec2:TerminateInstances/m,
    );
    expect(out).toMatch(
      /^ +deciding statement: .*"no-termination".* statement 0 "NoTerminate" \(line \d+\) Deny/m,
    );
    expect(out).toContain(
      `FAIL ${failing} assert.neverAllowed "ec2:RunInstances": 1 of 1 matching actions are allowed or conditional`,
    );
    // Only TerminateInstances is denied of the ec2:Terminate* actions.
    expect(out).toMatch(
      /^FAIL \S+ assert\.alwaysAllowed "ec2:Terminate\*": 1 of \d+ matching actions are not allowed$/m,
    );
    expect(out).toMatch(/^ +ec2:TerminateInstances: denied \(explicit deny: /m);
    expect(out.trimEnd().split('\n').at(-1)).toBe('2 files, 9 checks: 6 passed, 3 failed');
  });

  it('never passes a control character of a scenario to the terminal', async () => {
    const run = await cli('test', failing);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('\\x1b[2J');
  });

  it('writes a JUnit report CI systems read: testsuites, one testsuite per file, one testcase per check', async () => {
    const output = join(dir, 'results.xml');
    const run = await cli('test', passing, failing, '--reporter', 'junit', '--output', output);
    expect(run.code).toBe(1);
    // The text report still goes to the console.
    expect(run.stdout).toContain('2 files, 9 checks: 6 passed, 3 failed');
    const xml = readFileSync(output, 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    // The parser forgives a bare "&" and raw control characters; CI tools' parsers may not.
    expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    expect(xml).not.toContain('\u001b');
    const root = parseXml(xml).documentElement as Element;
    expect(root.tagName).toBe('testsuites');
    expect([root.getAttribute('tests'), root.getAttribute('failures'), root.getAttribute('errors')]).toEqual([
      '9',
      '3',
      '0',
    ]);
    const suites = children(root, 'testsuite');
    expect(suites.map((suite) => suite.getAttribute('name'))).toEqual([passing, failing]);
    expect(suites.map((suite) => [suite.getAttribute('tests'), suite.getAttribute('failures')])).toEqual([
      ['5', '0'],
      ['4', '3'],
    ]);
    const cases = suites.map((suite) => children(suite, 'testcase'));
    expect(cases.map((list) => list.length)).toEqual([5, 4]);
    for (const testcase of cases.flat()) {
      expect(Number(testcase.getAttribute('time'))).toBeGreaterThanOrEqual(0);
    }
    expect(cases[0]?.every((testcase) => children(testcase, 'failure').length === 0)).toBe(true);
    const failed = (cases[1] ?? []).filter((testcase) => children(testcase, 'failure').length === 1);
    expect(failed.map((testcase) => testcase.getAttribute('name'))).toEqual([
      'requests[0] ec2:TerminateInstances on *',
      'assert.neverAllowed "ec2:RunInstances"',
      'assert.alwaysAllowed "ec2:Terminate*"',
    ]);
    const failure = children(failed[0] as Element, 'failure')[0] as Element;
    expect(failure.getAttribute('message')).toBe('expected Allowed, got ExplicitDeny by identity');
    expect(failure.textContent).toMatch(
      /\nAccessDenied: User: .* ec2:TerminateInstances .*\ndeciding statement: /,
    );
    // The hostile resource name survives the round trip; the ESC, which XML 1.0 cannot hold, as text.
    const hostile = cases[1]?.[1];
    expect(hostile?.getAttribute('name')).toBe(
      `requests[1] s3:GetObject on arn:aws:s3:::b/<a href="x">&'\\u001b[2J`,
    );
    expect(children(hostile as Element, 'failure')).toEqual([]);
  });

  it('prints the JUnit report on stdout without --output', async () => {
    const run = await cli('test', passing, '--reporter', 'junit');
    expect(run.code).toBe(0);
    const root = parseXml(run.stdout).documentElement as Element;
    expect([root.getAttribute('tests'), root.getAttribute('failures')]).toEqual(['5', '0']);
  });

  it('exits 2 on bad input, and runs nothing', async () => {
    expectUsageError(await cli('test'), /test: missing argument/);
    expectUsageError(await cli('test', passing, join(dir, 'missing.json')), /cannot read .*missing\.json/);
    // Every bad file is reported, one line each.
    const two = await cli('test', join(dir, 'a.json'), join(dir, 'b.json'));
    expect([two.code, two.stdout]).toEqual([2, '']);
    expect(two.stderr).toMatch(
      /^iam-playground: test: cannot read .*a\.json.*\niam-playground: test: cannot read .*b\.json.*\n$/,
    );
    const badAssert = file(JSON.stringify(exampleScenario('ec2:*', { assert: { neverAlowed: ['iam:*'] } })));
    expectUsageError(
      await cli('test', badAssert),
      /assert\.neverAlowed .*did you mean "neverAllowed".*refuses unknown fields/,
    );
    const badExpect = exampleScenario('ec2:*', {
      requests: [{ action: 'ec2:RunInstances', resource: '*', expcet: {} }],
    });
    expectUsageError(await cli('test', file(JSON.stringify(badExpect))), /requests\[0\]\.expcet/);
    const badPattern = file(JSON.stringify(exampleScenario('ec2:*', { assert: { neverAllowed: ['iam'] } })));
    expectUsageError(await cli('test', badPattern), /assert/);
    expectUsageError(await cli('test', passing, '--reporter', 'tap'), /reporter/);
    expectUsageError(
      await cli('test', passing, '--output', join(dir, 'no', 'such', 'folder.xml')),
      /cannot write .*: no such folder/,
    );
  });
});
