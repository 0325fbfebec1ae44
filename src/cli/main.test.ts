import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { processIo, type CliIo } from './io';
import { main } from './main';
import { createCliHarness } from './testHarness';

const { file, cli, dir } = createCliHarness('cli');

const SESSION = 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession';
const EXAMPLE = {
  version: 1,
  principal: SESSION,
  identityPolicies: [
    {
      name: 'AdministratorAccess',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
    },
  ],
  permissionsBoundary: {
    name: 'ec2-boundary',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] },
  },
  requests: [
    { action: 'ec2:DescribeInstances', resource: '*' },
    { action: 's3:ListAllMyBuckets', resource: '*' },
  ],
};
const EXPECTED_MESSAGE =
  `User: ${SESSION} is not authorized to perform: s3:ListAllMyBuckets because no permissions boundary allows the ` +
  's3:ListAllMyBuckets action';

/** The one-line error contract: exit 2, nothing on stdout, one prefixed line on stderr. */
function expectUsageError(run: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^iam-playground: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
}

describe('iam-playground eval', () => {
  it('prints one JSON result per request, in order, results first', async () => {
    const run = await cli('eval', file(JSON.stringify(EXAMPLE)));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^\{\n {2}"results": \[/);
    const output = JSON.parse(run.stdout) as { results: Record<string, unknown>[]; diagnostics?: unknown };
    expect(output.diagnostics).toBeUndefined();
    expect(output.results.map((r) => Object.keys(r))).toEqual([
      ['action', 'resource', 'decision', 'deniedBy', 'deniedByAll', 'message', 'trace'],
      ['action', 'resource', 'decision', 'deniedBy', 'deniedByAll', 'message', 'trace'],
    ]);
    expect(output.results[0]).toMatchObject({
      action: 'ec2:DescribeInstances',
      decision: 'Allowed',
      deniedBy: null,
      message: null,
    });
    expect(output.results[1]).toMatchObject({
      action: 's3:ListAllMyBuckets',
      decision: 'ImplicitDeny',
      deniedBy: 'boundary',
      deniedByAll: ['boundary'],
      message: EXPECTED_MESSAGE,
    });
  });

  it('adds policy diagnostics after the results', async () => {
    const scenario = {
      ...EXAMPLE,
      identityPolicies: [
        { name: 'old', document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
      ],
    };
    const run = await cli('eval', file(JSON.stringify(scenario)), '--format=json');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(['results', 'diagnostics']);
    expect(output.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'identityPolicies[0].document', severity: 'warning' }),
      ]),
    );
  });

  it('prints a text summary with decision, message and statements', async () => {
    const run = await cli('eval', '--format', 'text', file(JSON.stringify(EXAMPLE)));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Request 1: ec2:DescribeInstances on *\n  Decision: Allowed');
    expect(run.stdout).toContain(
      'Request 2: s3:ListAllMyBuckets on *\n  Decision: ImplicitDeny by permissions boundary',
    );
    expect(run.stdout).toContain(`  Message: ${EXPECTED_MESSAGE}\n`);
    expect(run.stdout).toMatch(
      /- statement 0 \(line \d+\) Allow: no match: the action is not listed in Action/,
    );
  });

  it('exits 0 with an empty result list for a scenario without requests', async () => {
    const run = await cli('eval', file(JSON.stringify({ version: 1, principal: SESSION })));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ results: [] });
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    expect((await cli('eval', file(`\uFEFF${JSON.stringify(EXAMPLE)}`))).code).toBe(0);
  });

  it('prints usage for --help, globally and per command', async () => {
    for (const args of [['--help'], ['-h'], ['eval', '--help']]) {
      const run = await cli(...args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: iam-playground /);
      expect(run.stdout).toContain('--format json|text');
    }
  });
});

describe('iam-playground errors', () => {
  it('rejects a missing command', async () => expectUsageError(await cli(), /missing command/));
  it('rejects an unknown command', async () =>
    expectUsageError(await cli('simulate', 'x'), /unknown command "simulate"/));
  it('rejects an unknown global option', async () =>
    expectUsageError(await cli('--verbose'), /unknown option --verbose/));
  it('rejects a missing scenario argument', async () =>
    expectUsageError(await cli('eval'), /missing argument <scenario\.json>/));
  it('rejects an extra argument', async () =>
    expectUsageError(await cli('eval', 'a.json', 'b.json'), /unexpected argument "b\.json"/));
  it('rejects an unknown flag', async () =>
    expectUsageError(await cli('eval', 'a.json', '--fast'), /unknown option --fast/));
  it('rejects a bad format', async () =>
    expectUsageError(await cli('eval', 'a.json', '--format', 'xml'), /--format must be one of json, text/));
  it('rejects a format flag without value', async () =>
    expectUsageError(await cli('eval', 'a.json', '--format'), /needs a value/));
  it('rejects an unreadable file', async () =>
    expectUsageError(
      await cli('eval', join(dir, 'missing.json')),
      /cannot read .*missing\.json: no such file/,
    ));
  it('rejects a directory', async () => expectUsageError(await cli('eval', dir), /it is a directory/));

  it('rejects invalid JSON with line and column', async () => {
    const path = file('{\n  "version": 1,\n  "principal": \n}');
    expectUsageError(await cli('eval', path), /invalid JSON in .* at 4:1: Expected a value/);
  });

  it('rejects truncated JSON', async () => {
    const text = JSON.stringify(EXAMPLE, null, 2);
    expectUsageError(
      await cli('eval', file(text.slice(0, text.length / 2))),
      /invalid JSON in .* at \d+:\d+: /,
    );
  });

  it('rejects random bytes', async () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = seed = (seed * 1103515245 + 12345) & 0xff;
    expectUsageError(await cli('eval', file(bytes)), /invalid JSON/);
  });

  it('rejects an invalid scenario, naming the first error and its path', async () => {
    const bad = { ...EXAMPLE, identityPolicies: [EXAMPLE.identityPolicies[0], { document: {} }] };
    expectUsageError(
      await cli('eval', file(JSON.stringify(bad, null, 2))),
      /invalid scenario .* at \d+:\d+: identityPolicies\[1\]\.name is required/,
    );
  });

  it('rejects wrong types everywhere without throwing', async () => {
    const junk = {
      version: '1',
      principal: [],
      identityPolicies: 'x',
      permissionsBoundary: 3,
      resourcePolicy: { kind: 7 },
      serviceControlPolicies: {},
      requests: [null, { action: {}, resource: 1, context: 'c' }],
    };
    expectUsageError(await cli('eval', file(JSON.stringify(junk))), /invalid scenario .*version/);
  });

  it.each([[[1, 2]], ['text'], [null]])('rejects %j as a scenario', async (value) => {
    expectUsageError(
      await cli('eval', file(JSON.stringify(value))),
      /invalid scenario .*must be a JSON object/,
    );
  });

  it('evaluates a scenario holding a 5 MB policy document, reporting it', async () => {
    const statements = Array.from({ length: 40_000 }, (_, i) => ({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: `s3:GetObject${i}`,
      Resource: `arn:aws:s3:::bucket-${i}/${'x'.repeat(60)}`,
    }));
    const big = {
      ...EXAMPLE,
      identityPolicies: [{ name: 'huge', document: { Version: '2012-10-17', Statement: statements } }],
    };
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(5_000_000);
    const run = await cli('eval', file(text));
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { results: unknown[]; diagnostics: { code: string }[] };
    expect(output.results).toHaveLength(2);
    expect(output.diagnostics.some((d) => d.code === 'policy-size')).toBe(true);
  }, 30_000);

  it('reports a policy given as broken text as a diagnostic, not a failure', async () => {
    const scenario = {
      ...EXAMPLE,
      identityPolicies: [{ name: 'text', document: '{"Version": "2012-10-17", "Statement": [' }],
    };
    const run = await cli('eval', file(JSON.stringify(scenario)));
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      results: { decision: string }[];
      diagnostics: { code: string }[];
    };
    expect(output.results[1]?.decision).toBe('ImplicitDeny');
    expect(output.diagnostics.some((d) => d.code === 'json-syntax')).toBe(true);
  });

  it('turns an unexpected failure into one line, exit 1', async () => {
    const io: CliIo = {
      ...processIo,
      stdout: () => undefined,
      stderr: (t) => void (captured += t),
      readText: () => Promise.reject(new Error('disk on fire\n    at somewhere')),
    };
    let captured = '';
    expect(await main(['eval', 'x.json'], io)).toBe(1);
    expect(captured).toBe('iam-playground: internal error: disk on fire\n');
  });
});
