import { describe, expect, it } from 'vitest';
import type { PolicyType } from '../types';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnosticCodes';
import { parsePolicy } from './parsePolicy';
import { CONDITION_CASES } from './testdata/conditionCases';
import { DOCUMENT_CASES } from './testdata/documentCases';
import { ELEMENT_CASES } from './testdata/elementCases';
import { doc, nthIndexOf, OK, RCP_OK, RESOURCE_OK, stmt, TRUST_OK, withCondition } from './testdata/helpers';

const CASES = [...DOCUMENT_CASES, ...ELEMENT_CASES, ...CONDITION_CASES];

describe('parsePolicy diagnostics', () => {
  it.each(CASES)('$code: $name', (c) => {
    const result = parsePolicy(c.text, c.type ?? 'identity');
    const matching = result.diagnostics.filter((d) => d.code === c.code);
    const expectedOffset = nthIndexOf(c.text, c.token, c.occurrence ?? 0);
    expect(expectedOffset, 'token must occur in the text').toBeGreaterThanOrEqual(0);
    const hit = matching.find((d) => d.range.start.offset === expectedOffset);
    expect(hit, JSON.stringify(result.diagnostics.map((d) => [d.code, d.range.start.offset]))).toBeDefined();
    if (hit === undefined) return;
    expect(c.text.slice(hit.range.start.offset, hit.range.end.offset)).toBe(c.token);
    expect(hit.severity).toBe(c.severity);
    expect(hit.message.length).toBeGreaterThan(10);
    if (c.suggestion !== undefined) expect(hit.suggestion).toBe(c.suggestion);
  });

  it('has a test case for every diagnostic code reachable from text', () => {
    const tested = new Set(CASES.map((c) => c.code));
    const untestable = new Set<string>(['internal-error', 'invalid-input', 'too-deep']); // covered in robustness.test.ts
    const missing = Object.keys(DIAGNOSTIC_CODES).filter(
      (code) => !tested.has(code as DiagnosticCode) && !untestable.has(code),
    );
    expect(missing).toEqual([]);
  });

  it('uses each code with its table severity unless the policy type downgrades it', () => {
    const downgradable = new Set<string>(['missing-resource', 'duplicate-sid', 'policy-size']);
    for (const c of CASES) {
      if (!downgradable.has(c.code)) expect(c.severity, c.name).toBe(DIAGNOSTIC_CODES[c.code].severity);
    }
  });
});

describe('diagnostics after a JSON syntax error', () => {
  it('reports only the first syntax error and keeps checking the recovered tree', () => {
    const text = doc(
      stmt('"Effect": "Allow" "Action": "s3:GetObject", "Resource": "*"'),
      stmt('"Effect": "Permit", "Action": "s3:GetObject", "Resource": "*",'),
    );
    const codes = parsePolicy(text, 'identity').diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'json-syntax')).toHaveLength(1);
    expect(codes).toContain('invalid-effect');
  });
});

describe('clean policies', () => {
  const clean: readonly [PolicyType, string][] = [
    ['identity', doc(stmt(`"Sid": "ReadObjects", ${OK}`))],
    ['boundary', doc(stmt('"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"'))],
    [
      'session',
      doc(
        stmt('"Effect": "Allow", "Action": ["s3:Get*", "s3:List*"], "NotResource": "arn:aws:s3:::secret/*"'),
      ),
    ],
    ['resource', doc(stmt(RESOURCE_OK))],
    [
      'kms-key',
      doc(
        stmt(
          '"Sid": "Enable IAM policies", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"',
        ),
      ),
    ],
    ['role-trust', doc(stmt(TRUST_OK))],
    [
      'scp',
      doc(
        stmt(
          '"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1"]}}',
        ),
      ),
    ],
    ['rcp', doc(stmt(RCP_OK))],
    [
      'vpc-endpoint',
      doc(stmt('"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"')),
    ],
    [
      'identity',
      withCondition(
        '{"ForAnyValue:StringLike": {"aws:TagKeys": ["team-*"]}, "IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}, "DateLessThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}, "NumericLessThanEquals": {"s3:max-keys": 10}, "Bool": {"aws:SecureTransport": true}, "Null": {"aws:TokenIssueTime": "false"}, "StringEquals": {"s3:prefix": "home/${aws:username}/${*}"}, "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/${aws:PrincipalTag/team, \'none\'}"}}',
      ),
    ],
  ];
  it.each(clean)('%s policy has no diagnostics', (type, text) => {
    const result = parsePolicy(text, type);
    expect(result.diagnostics).toEqual([]);
    expect(result.policy?.statements.every((s) => s.valid)).toBe(true);
  });
});
