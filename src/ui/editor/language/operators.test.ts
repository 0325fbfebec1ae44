import { describe, expect, it } from 'vitest';

import { CONDITION_OPERATORS } from '../../../engine';
import { describeOperator, OPERATOR_ENTRIES, OPERATOR_SUMMARIES } from './operators';

describe('operators', () => {
  it('has a summary for every operator of the engine registry, and no other', () => {
    expect(Object.keys(OPERATOR_SUMMARIES).sort()).toEqual([...CONDITION_OPERATORS].sort());
  });

  it('offers each base operator in six forms, Null only bare', () => {
    const names = OPERATOR_ENTRIES.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength((CONDITION_OPERATORS.length - 1) * 6 + 1);
    for (const entry of OPERATOR_ENTRIES) expect(describeOperator(entry.name)).toEqual(entry);
  });

  it('describes the modifiers', () => {
    expect(describeOperator('StringNotEquals')?.summary).toMatch(/missing key makes it true/);
    expect(describeOperator('NumericLessThanIfExists')?.summary).toMatch(
      /IfExists: true when the key is missing/,
    );
    expect(describeOperator('ForAnyValue:StringLike')?.summary).toMatch(/At least one value/);
    expect(describeOperator('ForAllValues:StringLike')).toMatchObject({
      base: 'StringLike',
      family: 'String',
    });
  });

  it('rejects unknown and miscased names', () => {
    expect(describeOperator('StringEqualz')).toBeNull();
    expect(describeOperator('stringequals')).toBeNull();
    expect(describeOperator('ForSomeValues:StringEquals')).toBeNull();
  });
});
