import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { parsePolicy } from './parsePolicy';
import { doc, OK, stmt } from './testdata/helpers';

function only(text: string, type: Parameters<typeof parsePolicy>[1] = 'identity'): Statement {
  const statements = parsePolicy(text, type).policy?.statements ?? [];
  expect(statements).toHaveLength(1);
  return statements[0] as Statement;
}

describe('parsePolicy normalisation', () => {
  it('turns a single Action string into one located pattern', () => {
    const text = doc(stmt(OK));
    const s = only(text);
    expect(s.action?.kind).toBe('Action');
    expect(s.action?.patterns.map((p) => p.value)).toEqual(['s3:GetObject']);
    const range = s.action?.patterns[0]?.range;
    expect(range && text.slice(range.start.offset, range.end.offset)).toBe('"s3:GetObject"');
  });

  it('keeps NotAction / NotResource kinds and array order', () => {
    const s = only(
      doc(stmt('"Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "NotResource": ["arn:aws:s3:::a", "*"]')),
    );
    expect(s.action).toMatchObject({ kind: 'NotAction' });
    expect(s.action?.patterns.map((p) => p.value)).toEqual(['iam:*', 'sts:*']);
    expect(s.resource?.kind).toBe('NotResource');
    expect(s.resource?.patterns.map((p) => p.value)).toEqual(['arn:aws:s3:::a', '*']);
  });

  it('accepts a Statement object as well as an array', () => {
    const text = `{"Version": "2012-10-17", "Statement": ${stmt(OK)}}`;
    const s = only(text);
    expect(s.index).toBe(0);
    expect(s.valid).toBe(true);
    expect(text.slice(s.range.start.offset, s.range.end.offset)).toBe(stmt(OK));
  });

  it('numbers statements by their array position, skipping non-objects', () => {
    const statements = parsePolicy(doc(stmt(OK), '"junk"', stmt(OK)), 'identity').policy?.statements ?? [];
    expect(statements.map((s) => s.index)).toEqual([0, 2]);
  });

  it('treats Principal "*" like {"AWS": "*"}', () => {
    const star = only(
      doc(stmt('"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"')),
      'resource',
    );
    const aws = only(
      doc(stmt('"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:GetObject", "Resource": "*"')),
      'resource',
    );
    const strip = (s: Statement) => s.principal?.entries.map(({ type, value }) => ({ type, value }));
    expect(strip(star)).toEqual([{ type: 'AWS', value: '*' }]);
    expect(strip(aws)).toEqual(strip(star));
  });

  it('flattens principal maps with string and array values', () => {
    const s = only(
      doc(
        stmt(
          '"Effect": "Allow", "Principal": {"AWS": ["111122223333", "arn:aws:iam::444455556666:role/r"], "Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"',
        ),
      ),
      'role-trust',
    );
    expect(s.principal?.kind).toBe('Principal');
    expect(s.principal?.entries.map(({ type, value }) => [type, value])).toEqual([
      ['AWS', '111122223333'],
      ['AWS', 'arn:aws:iam::444455556666:role/r'],
      ['Service', 'ec2.amazonaws.com'],
    ]);
    expect(s.resource).toBeNull();
  });

  it('splits condition operators and stringifies values', () => {
    const text = doc(
      stmt(
        `${OK}, "Condition": {"ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["a*", "b"]}, "NumericLessThan": {"s3:max-keys": 1.50}, "Bool": {"aws:SecureTransport": false}, "ForAllValues:StringEquals": {"aws:TagKeys": "x"}}`,
      ),
    );
    const s = only(text);
    expect(
      s.conditions.map((c) => [c.operator, c.qualifier, c.baseOperator, c.ifExists, c.key, c.values]),
    ).toEqual([
      ['ForAnyValue:StringLikeIfExists', 'ForAnyValue', 'StringLike', true, 'aws:TagKeys', ['a*', 'b']],
      ['NumericLessThan', null, 'NumericLessThan', false, 's3:max-keys', ['1.50']],
      ['Bool', null, 'Bool', false, 'aws:SecureTransport', ['false']],
      ['ForAllValues:StringEquals', 'ForAllValues', 'StringEquals', false, 'aws:TagKeys', ['x']],
    ]);
    const first = s.conditions[0];
    expect(first && text.slice(first.range.start.offset, first.range.end.offset)).toBe(
      '"aws:TagKeys": ["a*", "b"]',
    );
    expect(first && text.slice(first.operatorRange.start.offset, first.operatorRange.end.offset)).toBe(
      '"ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["a*", "b"]}',
    );
  });

  it.each([
    ['"2012-10-17"', '2012-10-17', true],
    ['"2008-10-17"', '2008-10-17', false],
    ['"2012-10-18"', '2012-10-18', false],
  ])('Version %s enables variables: %s', (json, version, enabled) => {
    const policy = parsePolicy(`{"Version": ${json}, "Statement": [${stmt(OK)}]}`, 'identity').policy;
    expect(policy?.version).toBe(version);
    expect(policy?.variablesEnabled).toBe(enabled);
  });

  it('disables variables without a Version', () => {
    const policy = parsePolicy(`{"Statement": [${stmt(OK)}]}`, 'identity').policy;
    expect(policy).toMatchObject({ version: null, variablesEnabled: false });
  });

  it('reads Id and Sid', () => {
    const policy = parsePolicy(
      `{"Version": "2012-10-17", "Id": "Q1", "Statement": [${stmt(`"Sid": "S1", ${OK}`)}]}`,
      'resource',
    ).policy;
    expect(policy?.id).toBe('Q1');
    expect(policy?.statements[0]?.sid).toBe('S1');
  });

  it('parses an object input through its 2-space serialisation, with ranges', () => {
    const input = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    };
    const fromObject = parsePolicy(input, 'identity');
    const fromText = parsePolicy(JSON.stringify(input, null, 2), 'identity');
    expect(fromObject).toEqual(fromText);
    expect(fromObject.policy?.statements[0]?.range.start.line).toBe(4);
  });
});

describe('best-effort fields of invalid statements', () => {
  it.each([
    ['"allow"', 'Allow'],
    ['"DENY"', 'Deny'],
    ['"Permit"', 'Deny'],
    ['7', 'Deny'],
  ])('Effect %s reads as %s and the statement is invalid', (json, effect) => {
    const s = only(doc(stmt(`"Effect": ${json}, "Action": "s3:GetObject", "Resource": "*"`)));
    expect(s.effect).toBe(effect);
    expect(s.valid).toBe(false);
  });

  it('reads a mis-cased element but marks the statement invalid', () => {
    const s = only(doc(stmt('"Effect": "Allow", "action": "s3:GetObject", "Resource": "*"')));
    expect(s.action?.patterns.map((p) => p.value)).toEqual(['s3:GetObject']);
    expect(s.valid).toBe(false);
  });

  it('prefers the exactly spelled element over a mis-cased one', () => {
    const s = only(
      doc(stmt('"action": "ec2:*", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"')),
    );
    expect(s.action?.patterns.map((p) => p.value)).toEqual(['s3:GetObject']);
  });

  it('uses the last of duplicated elements, as JSON.parse would', () => {
    const s = only(
      doc(stmt('"Effect": "Allow", "Action": "s3:GetObject", "Action": "s3:PutObject", "Resource": "*"')),
    );
    expect(s.action?.patterns.map((p) => p.value)).toEqual(['s3:PutObject']);
    expect(s.valid).toBe(false);
  });

  it('reads a mis-cased Statement element', () => {
    const result = parsePolicy(`{"Version": "2012-10-17", "statement": [${stmt(OK)}]}`, 'identity');
    expect(result.diagnostics.map((d) => [d.code, d.suggestion])).toEqual([
      ['unknown-element', '"Statement"'],
    ]);
    expect(result.policy?.statements).toHaveLength(1);
  });

  it('has a null action when Action is missing', () => {
    expect(only(doc(stmt('"Effect": "Allow", "Resource": "*"'))).action).toBeNull();
  });
});

describe('statement validity', () => {
  it('marks only the statement holding an error invalid', () => {
    const policy = parsePolicy(
      doc(stmt(OK), stmt('"Effect": "Allow", "Action": "s3", "Resource": "*"'), stmt(OK)),
      'identity',
    ).policy;
    expect(policy?.statements.map((s) => s.valid)).toEqual([true, false, true]);
  });

  it('keeps statements valid when they have only warnings and suggestions', () => {
    const text = doc(stmt(`"Sid": "", ${OK}, "Condition": {"StringEquals": {"aws:x": "a*"}}`));
    const result = parsePolicy(text, 'identity');
    expect(result.diagnostics.map((d) => d.severity).sort()).toEqual(['suggestion', 'warning']);
    expect(result.policy?.statements[0]?.valid).toBe(true);
  });

  it('keeps statements valid under document-level errors', () => {
    const result = parsePolicy(`{"Version": "2012-10-18", "Statement": [${stmt(OK)}]}`, 'identity');
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(result.policy?.statements[0]?.valid).toBe(true);
  });

  it.each([
    ['Action', '"Effect": "Allow", "Action": [], "Resource": "*"'],
    ['NotAction', '"Effect": "Deny", "NotAction": [], "Resource": "*"'],
    ['NotResource', '"Effect": "Deny", "Action": "s3:*", "NotResource": []'],
  ])('makes a statement with an empty %s inert', (_, members) => {
    expect(only(doc(stmt(members))).valid).toBe(false);
  });

  it('marks a statement invalid when a JSON syntax error falls inside it', () => {
    const text = doc(stmt(OK), stmt('"Effect": "Allow" "Action": "s3:GetObject", "Resource": "*"'));
    const result = parsePolicy(text, 'identity');
    expect(result.diagnostics[0]?.code).toBe('json-syntax');
    expect(result.policy?.statements.map((s) => s.valid)).toEqual([true, false]);
  });

  it('marks a statement holding a disallowed character invalid', () => {
    const policy = parsePolicy(
      doc(stmt(OK), stmt('"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::ü€"')),
      'identity',
    ).policy;
    expect(policy?.statements.map((s) => s.valid)).toEqual([true, false]);
  });
});
