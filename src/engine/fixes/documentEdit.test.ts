/** Statement edits keep a policy's text as typed, and change object documents as objects. */

import { describe, expect, it } from 'vitest';

import { appendStatement, replaceStatement, statementAt, type Edited } from './documentEdit';

const ADDED = { Sid: 'AllowS3List', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' };

function text(edited: Edited): string {
  if (!edited.ok) throw new Error(edited.problem);
  return edited.text;
}

describe('appendStatement', () => {
  it('inserts into a pretty Statement array, indented like its neighbours, the rest as typed', () => {
    const typed = `{
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}
    ]
}`;
    const result = text(appendStatement(typed, ADDED));
    expect(result).toBe(`{
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"},
        {
          "Sid": "AllowS3List",
          "Effect": "Allow",
          "Action": "s3:ListAllMyBuckets",
          "Resource": "*"
        }
    ]
}`);
    expect(JSON.parse(result).Statement).toHaveLength(2);
  });

  it('keeps a one-line policy on one line', () => {
    const typed = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}';
    expect(text(appendStatement(typed, ADDED))).toBe(
      `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}, ${JSON.stringify(ADDED)}]}`,
    );
  });

  it('turns a single statement object into an array', () => {
    const typed = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ec2:*","Resource":"*"}}';
    const result = JSON.parse(text(appendStatement(typed, ADDED)));
    expect(result.Statement).toEqual([{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }, ADDED]);
  });

  it('fills an empty array, and adds a missing Statement element', () => {
    expect(
      JSON.parse(text(appendStatement('{"Version": "2012-10-17", "Statement": []}', ADDED))).Statement,
    ).toEqual([ADDED]);
    expect(JSON.parse(text(appendStatement('{\n  "Version": "2012-10-17"\n}', ADDED)))).toEqual({
      Version: '2012-10-17',
      Statement: [ADDED],
    });
    expect(JSON.parse(text(appendStatement('{}', ADDED)))).toEqual({ Statement: [ADDED] });
  });

  it('keeps Windows line ends', () => {
    const typed =
      '{\r\n  "Statement": [\r\n    {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}\r\n  ]\r\n}';
    const result = text(appendStatement(typed, ADDED));
    expect(result.replaceAll('\r\n', '')).not.toContain('\n');
    expect(JSON.parse(result).Statement).toHaveLength(2);
  });

  it('refuses text that does not parse, and a Statement that is neither array nor object', () => {
    expect(appendStatement('{"Statement": [', ADDED)).toEqual({
      ok: false,
      problem: 'the policy text does not parse as a JSON object: fix its syntax first',
    });
    expect(appendStatement('{"Statement": "x"}', ADDED).ok).toBe(false);
  });

  it('changes an object document as an object and prints it with two-space indentation', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
    };
    const result = text(appendStatement(document, ADDED));
    expect(result).toBe(
      `${JSON.stringify({ ...document, Statement: [...document.Statement, ADDED] }, null, 2)}\n`,
    );
    expect(document.Statement).toHaveLength(1);
  });
});

describe('replaceStatement and statementAt', () => {
  const typed = `{
  "Statement": [
    {
      "Sid": "A",
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    },
    { "Sid": "D", "Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*" }
  ]
}`;

  it('reads a statement as JSON', () => {
    expect(statementAt(typed, 1)).toEqual({
      Sid: 'D',
      Effect: 'Deny',
      Action: 's3:DeleteBucket',
      Resource: '*',
    });
    expect(statementAt(typed, 2)).toBeNull();
    expect(statementAt({ Statement: { Sid: 'only' } }, 0)).toEqual({ Sid: 'only' });
  });

  it('replaces only the statement text: one line stays one line, a pretty one is re-indented', () => {
    const changed = text(replaceStatement(typed, 1, { Sid: 'D', Effect: 'Deny', Action: [], Resource: '*' }));
    expect(changed).toBe(
      typed.replace(
        '{ "Sid": "D", "Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*" }',
        '{"Sid":"D","Effect":"Deny","Action":[],"Resource":"*"}',
      ),
    );
    const pretty = text(
      replaceStatement(typed, 0, { Sid: 'A2', Effect: 'Allow', Action: '*', Resource: '*' }),
    );
    expect(pretty).toContain('    {\n      "Sid": "A2",\n      "Effect": "Allow",');
  });

  it('removes a statement with its comma, but never the only one', () => {
    expect(
      JSON.parse(text(replaceStatement(typed, 1, null))).Statement.map((s: { Sid: string }) => s.Sid),
    ).toEqual(['A']);
    expect(
      JSON.parse(text(replaceStatement(typed, 0, null))).Statement.map((s: { Sid: string }) => s.Sid),
    ).toEqual(['D']);
    expect(replaceStatement('{"Statement": [{"Effect": "Deny"}]}', 0, null).ok).toBe(false);
    expect(replaceStatement({ Statement: [{ Effect: 'Deny' }] }, 0, null).ok).toBe(false);
  });

  it('edits object documents, a single statement object staying single', () => {
    const document = {
      Version: '2012-10-17',
      Statement: { Sid: 'X', Effect: 'Deny', Action: '*', Resource: '*' },
    };
    const result = JSON.parse(text(replaceStatement(document, 0, { Sid: 'Y' })));
    expect(result.Statement).toEqual({ Sid: 'Y' });
  });
});
