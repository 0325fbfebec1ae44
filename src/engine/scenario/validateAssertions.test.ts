/** The scenario's `assert` field: read when valid, each problem reported at its path. */

import { describe, expect, it } from 'vitest';

import { parseScenario, parseScenarioText } from './parseScenario';

const BASE = { version: 1, principal: 'arn:aws:iam::111122223333:user/Alice' };

describe('assert', () => {
  it('is read with both lists, and left out when absent', () => {
    const assert = { neverAllowed: ['iam:*', 'organizations:*'], alwaysAllowed: ['ec2:Describe*', '*'] };
    const parsed = parseScenario({ ...BASE, assert });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.scenario?.assert).toEqual(assert);
    expect(parseScenario(BASE).scenario).not.toHaveProperty('assert');
    expect(parseScenario({ ...BASE, assert: { neverAllowed: ['s3:*'] } }).scenario?.assert).toEqual({
      neverAllowed: ['s3:*'],
    });
  });

  it.each<[string, unknown, string]>([
    ['not an object', ['iam:*'], 'assert'],
    ['a list that is no array', { neverAllowed: 'iam:*' }, 'assert.neverAllowed'],
    [
      'a pattern without a service',
      { alwaysAllowed: ['ec2:Describe*', 'Describe*'] },
      'assert.alwaysAllowed[1]',
    ],
    ['a pattern that is no string', { neverAllowed: [42] }, 'assert.neverAllowed[0]'],
    ['an empty pattern', { neverAllowed: [''] }, 'assert.neverAllowed[0]'],
  ])('rejects %s, naming the field', (_, assert, path) => {
    const parsed = parseScenario({ ...BASE, assert });
    expect(parsed.scenario).toBeNull();
    expect(parsed.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ['scenario-assertion', 'error', path],
    ]);
  });

  it('warns about an unknown field of assert, suggesting the known one', () => {
    const parsed = parseScenario({ ...BASE, assert: { neverAlowed: ['iam:*'] } });
    expect(parsed.scenario).not.toBeNull();
    expect(parsed.diagnostics[0]).toMatchObject({
      code: 'scenario-unknown-field',
      path: 'assert.neverAlowed',
    });
    expect(parsed.diagnostics[0]?.message).toMatch(/did you mean "neverAllowed"/);
  });

  it('points into the text at the bad pattern', () => {
    const text = JSON.stringify({ ...BASE, assert: { neverAllowed: ['iam:*', 'bad pattern'] } }, null, 2);
    const parsed = parseScenarioText(text);
    const diagnostic = parsed.diagnostics.find((d) => d.code === 'scenario-assertion');
    expect(diagnostic?.range.start.line).toBe(
      text.split('\n').findIndex((line) => line.includes('bad pattern')) + 1,
    );
  });
});
