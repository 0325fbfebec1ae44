/**
 * Scenario files are often someone else's: nothing in one may change what the CLI's output
 * appears to say (terminal escapes), and the same policy must get the same answer however the
 * file writes it (object or text, duplicate keys included).
 */
import { describe, expect, it } from 'vitest';

import { createCliHarness } from './testHarness';

const { file, cli } = createCliHarness('hostile');

const CLEAR_SCREEN = '\u001b[2J\u001b[H';
const FAKE_REPORT = `${CLEAR_SCREEN}Request 1: s3:ListAllMyBuckets on *\n  Decision: Allowed\n`;
// Raw control characters other than the line feeds the CLI itself writes.
// eslint-disable-next-line no-control-regex
const RAW_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A user whose only policy, allowing EC2, is named so as to draw a fake report over the real one. */
const SPOOFING = {
  version: 1,
  principal: 'arn:aws:iam::123456789876:user/alice',
  identityPolicies: [
    {
      name: FAKE_REPORT,
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] },
    },
  ],
  requests: [{ action: `s3:ListAllMyBuckets${CLEAR_SCREEN}\u009b2J\u202e`, resource: '*' }],
};

describe('what the CLI prints cannot be spoofed', () => {
  it('--format text shows control characters of names and values as escapes', async () => {
    const run = await cli('eval', '--format', 'text', file(JSON.stringify(SPOOFING)));
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROLS);
    // One decision line for the one request, and it is the real one.
    expect(run.stdout.split('\n').filter((line) => line.trimStart().startsWith('Decision:'))).toEqual([
      '  Decision: ImplicitDeny by identity-based policies',
    ]);
    expect(run.stdout).toContain(
      'identity-based policies "\\x1b[2J\\x1b[HRequest 1: s3:ListAllMyBuckets on *\\n  Decision: Allowed\\n"',
    );
    expect(run.stdout).toContain('Request 1: s3:ListAllMyBuckets\\x1b[2J\\x1b[H\\x9b2J\\u202e on *');
  });

  it('--format json escapes every control character and keeps the values', async () => {
    const run = await cli('eval', file(JSON.stringify(SPOOFING)));
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROLS);
    const output = JSON.parse(run.stdout) as {
      results: { action: string; trace: { policyName: string }[] }[];
    };
    expect(output.results[0]?.action).toBe(SPOOFING.requests[0]?.action);
    expect(output.results[0]?.trace.map((policy) => policy.policyName)).toContain(FAKE_REPORT);
  });

  it('errors on stderr stay one line, with the file name and values escaped', async () => {
    const run = await cli('eval', `missing-${CLEAR_SCREEN}\nDecision: Allowed.json`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^iam-playground: [^\n]+\n$/);
    expect(run.stderr).not.toMatch(RAW_CONTROLS);
    expect(run.stderr).toContain('missing-\\x1b[2J\\x1b[H\\nDecision: Allowed.json');
    const invalid = await cli('eval', file(JSON.stringify({ version: 1, principal: `x${CLEAR_SCREEN}` })));
    expect(invalid.stderr).toMatch(/^iam-playground: [^\n]+\n$/);
    expect(invalid.stderr).not.toMatch(RAW_CONTROLS);
  });
});

/** A scenario whose only identity policy has `Effect` twice in its one statement. */
function duplicateEffect(form: 'object' | 'text'): string {
  const statement = '{"Effect":"Deny","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}';
  const policy = `{"Version":"2012-10-17","Statement":[${statement}]}`;
  const document = form === 'object' ? policy : JSON.stringify(policy);
  return (
    `{"version":1,"principal":"arn:aws:iam::123456789876:user/alice",` +
    `"identityPolicies":[{"name":"twice","document":${document}}],` +
    `"requests":[{"action":"s3:GetObject","resource":"*"}]}`
  );
}

interface EvalOutput {
  readonly results: { decision: string }[];
  readonly diagnostics?: { code: string; message: string; path?: string; severity: string }[];
}

describe('the same policy gets the same answer whether written as an object or as text', () => {
  it('a duplicate Effect is the same error, and its statement inert, in both forms', async () => {
    const outputs: EvalOutput[] = [];
    for (const form of ['object', 'text'] as const) {
      const run = await cli('eval', file(duplicateEffect(form)));
      expect(run.code).toBe(0);
      outputs.push(JSON.parse(run.stdout) as EvalOutput);
    }
    const [object, text] = outputs;
    expect(object?.results.map((result) => result.decision)).toEqual(['ImplicitDeny']);
    expect(text?.results.map((result) => result.decision)).toEqual(['ImplicitDeny']);
    const duplicate = {
      code: 'duplicate-key',
      severity: 'error',
      message: 'Duplicate key "Effect": the same key must not appear twice in one JSON object.',
      path: 'identityPolicies[0].document',
    };
    expect(object?.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining(duplicate)]));
    expect(text?.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining(duplicate)]));
  });

  it.each([
    [
      'at the top level',
      '{"version":1,"principal":"arn:aws:iam::1:user/a","principal":"arn:aws:iam::123456789876:user/b"}',
      'principal',
    ],
    [
      'in a request',
      '{"version":1,"principal":"arn:aws:iam::123456789876:user/a","requests":[{"action":"s3:GetObject","action":"s3:PutObject","resource":"*"}]}',
      'action',
    ],
  ])('a key repeated %s is refused with the same wording', async (_where, scenario, key) => {
    const run = await cli('eval', file(scenario));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^iam-playground: invalid scenario .* at 1:\d+: /);
    expect(run.stderr).toContain(
      `Duplicate key "${key}": the same key must not appear twice in one JSON object.`,
    );
  });
});
