import { describe, expect, it } from 'vitest';

import { createConditionKeyTable } from './conditionKeys';

const table = createConditionKeyTable([
  { key: 'aws:RequestTag/${TagKey}', type: 'String', description: 'request tag' },
  { key: 'aws:TagKeys', type: 'ArrayOfString', description: 'tag keys' },
  { key: 's3:ExistingObjectTag/<key>', type: 'String', description: 'object tag' },
  { key: 'codebuild:env/${name}.value', type: 'String', description: 'env value' },
]);

describe('createConditionKeyTable.find', () => {
  it.each([
    ['aws:TagKeys', 'aws:TagKeys'],
    ['AWS:TAGKEYS', 'aws:TagKeys'],
    ['aws:RequestTag/team', 'aws:RequestTag/${TagKey}'],
    ['aws:requesttag/Cost-Center', 'aws:RequestTag/${TagKey}'],
    ['aws:RequestTag/${TagKey}', 'aws:RequestTag/${TagKey}'],
    ['s3:ExistingObjectTag/classification', 's3:ExistingObjectTag/<key>'],
    ['codebuild:env/HOME.value', 'codebuild:env/${name}.value'],
  ])('%s → %s', (key, expected) => {
    expect(table.find(key)?.key).toBe(expected);
  });

  it.each(['aws:RequestTag/', 'aws:RequestTag', 'aws:TagKey', 'codebuild:env/HOME.valueX', 'x:RequestTag/a'])(
    '%s → not found',
    (key) => {
      expect(table.find(key)).toBeUndefined();
    },
  );

  it('keeps all entries in order', () => {
    expect(table.all.map((entry) => entry.key)).toEqual([
      'aws:RequestTag/${TagKey}',
      'aws:TagKeys',
      's3:ExistingObjectTag/<key>',
      'codebuild:env/${name}.value',
    ]);
  });
});
