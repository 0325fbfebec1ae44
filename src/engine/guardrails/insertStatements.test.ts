import { describe, expect, it } from 'vitest';
import { insertStatements } from './insertStatements';

const DENY = { Sid: 'DenyX', Effect: 'Deny', Action: 'iam:X', Resource: '*' };

function parsed(result: ReturnType<typeof insertStatements>): { Statement: unknown } {
  if (!result.ok) throw new Error(result.problem);
  return JSON.parse(result.text) as { Statement: unknown };
}

describe('insertStatements', () => {
  it('appends to the Statement array and keeps the text before it as typed', () => {
    const text =
      '{\n  "Version": "2012-10-17",  \n  "Statement": [\n    {"Effect": "Allow", "Action": "*", "Resource": "*"}\n  ]\n}\n';
    const result = insertStatements(text, [DENY]);
    expect(parsed(result).Statement).toEqual([{ Effect: 'Allow', Action: '*', Resource: '*' }, DENY]);
    expect(
      result.ok &&
        result.text.startsWith(
          '{\n  "Version": "2012-10-17",  \n  "Statement": [\n    {"Effect": "Allow", "Action": "*", "Resource": "*"},',
        ),
    ).toBe(true);
  });

  it('fills an empty array at the indentation of its line', () => {
    const result = insertStatements('{\n  "Version": "2012-10-17",\n  "Statement": []\n}\n', [DENY]);
    expect(result).toEqual({
      ok: true,
      text:
        '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyX",\n      "Effect": "Deny",\n' +
        '      "Action": "iam:X",\n      "Resource": "*"\n    }\n  ]\n}\n',
    });
  });

  it('turns a single statement into an array, and adds a missing Statement', () => {
    const single = insertStatements(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}',
      [DENY],
    );
    expect(parsed(single).Statement).toEqual([{ Effect: 'Allow', Action: '*', Resource: '*' }, DENY]);
    expect(parsed(insertStatements('{"Version":"2012-10-17"}', [DENY])).Statement).toEqual([DENY]);
  });

  it('numbers a Sid the policy already uses, and skips a statement it already has', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ ...DENY, Action: 'iam:Y' }] });
    expect(parsed(insertStatements(text, [DENY])).Statement).toEqual([
      { ...DENY, Action: 'iam:Y' },
      { ...DENY, Sid: 'DenyX2' },
    ]);
    const already = JSON.stringify({ Version: '2012-10-17', Statement: [{ ...DENY, Sid: 'Other' }] });
    expect(insertStatements(already, [DENY])).toEqual({ ok: true, text: already });
  });

  it.each(['{"Version": ', '[1, 2]', '{"a": 1,}'])('refuses text that is not a JSON object: %s', (text) => {
    expect(insertStatements(text, [DENY])).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/could not be added/),
    });
  });
});
