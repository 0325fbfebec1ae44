import { describe, expect, it } from 'vitest';

import { createConditionKeyTable } from './conditionKeys';

const table = createConditionKeyTable([
  { key: 'aws:RequestTag/${TagKey}', type: 'String', description: 'request tag' },
  { key: 'aws:TagKeys', type: 'ArrayOfString', description: 'tag keys' },
  { key: 's3:ExistingObjectTag/<key>', type: 'String', description: 'object tag' },
  { key: 'codebuild:env/${name}.value', type: 'String', description: 'env value' },
  { key: 'events:Metadata/${MetadataKey}', type: 'String', description: 'metadata' },
  { key: 'events:Metadata/${MetadataKey}/Matcher', type: 'String', description: 'matcher' },
  { key: 'secretsmanager:ResourceTag/tag-key', type: 'String', description: 'secret tag' },
  { key: 'glacier:ResourceTag/', type: 'String', description: 'vault tag' },
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
    // The `tag-key` and bare `Tag/` spellings are templates too (the engine's reading).
    ['secretsmanager:ResourceTag/aws:secretsmanager:owningService', 'secretsmanager:ResourceTag/tag-key'],
    ['glacier:resourcetag/LegalHold', 'glacier:ResourceTag/'],
    // The most specific template wins, whatever the table's order.
    ['events:Metadata/source', 'events:Metadata/${MetadataKey}'],
    ['events:Metadata/source/Matcher', 'events:Metadata/${MetadataKey}/Matcher'],
    ['events:Metadata/a/b', 'events:Metadata/${MetadataKey}'],
  ])('%s → %s', (key, expected) => {
    expect(table.find(key)?.key).toBe(expected);
  });

  it.each([
    'aws:RequestTag/',
    'aws:RequestTag',
    'aws:TagKey',
    'codebuild:env/HOME.valueX',
    'x:RequestTag/a',
    'secretsmanager:ResourceTag/',
    'glacier:ResourceTag',
  ])('%s → not found', (key) => {
    expect(table.find(key)).toBeUndefined();
  });

  it('keeps all entries in order', () => {
    expect(table.all.map((entry) => entry.key)).toEqual([
      'aws:RequestTag/${TagKey}',
      'aws:TagKeys',
      's3:ExistingObjectTag/<key>',
      'codebuild:env/${name}.value',
      'events:Metadata/${MetadataKey}',
      'events:Metadata/${MetadataKey}/Matcher',
      'secretsmanager:ResourceTag/tag-key',
      'glacier:ResourceTag/',
    ]);
  });
});
