import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { GENERATED_DIR } from '../../catalog/node';
import { keyMatchesTemplate, parseKeyTemplate } from './keyTemplate';

/** Whether `key` instantiates `template` (a catalog key that must be a template). */
function matches(template: string, key: string): boolean {
  const parsed = parseKeyTemplate(template);
  if (parsed === null) throw new Error(`${template} is not a template`);
  return keyMatchesTemplate(parsed, key);
}

describe('parseKeyTemplate', () => {
  it.each(['s3:prefix', 'aws:TagKeys', 'iam:RegisterSecurityKey', 'x:tag-key', 'x:Tag/tag-keys', 'x:a/'])(
    '%s is a plain key',
    (key) => {
      expect(parseKeyTemplate(key)).toBeNull();
    },
  );

  it.each([
    ['aws:RequestTag/${TagKey}', ['aws:requesttag/', '']],
    ['s3:ExistingObjectTag/<key>', ['s3:existingobjecttag/', '']],
    ['secretsmanager:ResourceTag/tag-key', ['secretsmanager:resourcetag/', '']],
    ['ssm:resourceTag/tag-key', ['ssm:resourcetag/', '']],
    ['glacier:ResourceTag/', ['glacier:resourcetag/', '']],
    ['events:Metadata/${MetadataKey}/Matcher', ['events:metadata/', '/matcher']],
    ['agent.${Domain}.buildkite.dev:pipeline_id', ['agent.', '.buildkite.dev:pipeline_id']],
    ['x:${A}.${B}', ['x:', '.', '']],
  ])('%s has the literal pieces %j', (key, pieces) => {
    expect(parseKeyTemplate(key)).toEqual({
      key,
      pieces,
      literalLength: pieces.reduce((sum, piece) => sum + piece.length, 0),
    });
  });
});

describe('keyMatchesTemplate', () => {
  it.each([
    // A placeholder is any non-empty text, `/`, `:` and spaces included; case does not matter.
    ['aws:RequestTag/${TagKey}', 'aws:RequestTag/team', true],
    ['aws:RequestTag/${TagKey}', 'AWS:requesttag/Cost Center', true],
    ['aws:RequestTag/${TagKey}', 'aws:RequestTag/a/b:c', true],
    ['aws:RequestTag/${TagKey}', 'aws:RequestTag/${TagKey}', true],
    ['aws:RequestTag/${TagKey}', 'aws:RequestTag/', false],
    ['aws:RequestTag/${TagKey}', 'aws:RequestTag', false],
    ['aws:RequestTag/${TagKey}', 'aws:RequestTagX/team', false],
    ['aws:RequestTag/${TagKey}', 'x:aws:RequestTag/team', false],
    ['s3:ExistingObjectTag/<key>', 's3:ExistingObjectTag/classification', true],
    ['s3:ExistingObjectTag/<key>', 's3:ExistingObjectTag/', false],
    // The `tag-key` and bare `Tag/` spellings take a tag key like `${TagKey}`.
    [
      'secretsmanager:ResourceTag/tag-key',
      'secretsmanager:ResourceTag/aws:secretsmanager:owningService',
      true,
    ],
    ['secretsmanager:ResourceTag/tag-key', 'secretsmanager:resourcetag/tag-key', true],
    ['secretsmanager:ResourceTag/tag-key', 'secretsmanager:ResourceTag/', false],
    ['glacier:ResourceTag/', 'glacier:ResourceTag/LegalHold', true],
    ['glacier:ResourceTag/', 'glacier:ResourceTag/', false],
    ['glacier:ResourceTag/', 'glacier:ResourceTag', false],
    // Placeholders inside the key, and in the prefix of an identity provider's keys.
    ['events:Metadata/${MetadataKey}/Matcher', 'events:Metadata/source/Matcher', true],
    ['events:Metadata/${MetadataKey}/Matcher', 'events:Metadata/a/b/Matcher', true],
    ['events:Metadata/${MetadataKey}/Matcher', 'events:Metadata//Matcher', false],
    ['events:Metadata/${MetadataKey}/Matcher', 'events:Metadata/a/MatcherX', false],
    ['events:Metadata/${MetadataKey}/Matcher', 'events:Metadata/a', false],
    ['kms:EncryptionContext:${EncryptionContextKey}', 'kms:EncryptionContext:aws:s3:arn', true],
    ['kms:EncryptionContext:${EncryptionContextKey}', 'kms:EncryptionContext:', false],
    [
      'codebuild:secondarySources/${sourceIdentifier}.auth.type',
      'codebuild:secondarySources/src1.auth.type',
      true,
    ],
    [
      'codebuild:secondarySources/${sourceIdentifier}.auth.type',
      'codebuild:secondarySources/.auth.type',
      false,
    ],
    ['agent.${Domain}.buildkite.dev:pipeline_id', 'agent.ci.buildkite.dev:pipeline_id', true],
    ['agent.${Domain}.buildkite.dev:pipeline_id', 'agent..buildkite.dev:pipeline_id', false],
    ['agent.${Domain}.buildkite.dev:pipeline_id', 'agent.ci.buildkiteXdev:pipeline_id', false],
    [
      'token.actions.githubusercontent.com/${SubPath}:actor',
      'token.actions.githubusercontent.com/o/x:actor',
      true,
    ],
    // Several placeholders: each takes at least one character, and pieces may not overlap.
    ['a${X}b${Y}c', 'axbyc', true],
    ['a${X}b${Y}c', 'abbbc', true],
    ['a${X}b${Y}c', 'abbc', false],
    ['a${X}b${Y}c', 'abc', false],
    ['a${X}b${Y}c', 'axbbybc', true],
    ['ab${X}ba', 'aba', false],
    ['ab${X}ba', 'abba', false],
    ['ab${X}ba', 'ab.ba', true],
    ['${X}${Y}', 'x', false],
    ['${X}${Y}', 'xy', true],
  ])('%s ~ %s → %s', (template, key, expected) => {
    expect(matches(template, key)).toBe(expected);
  });

  it('answers keys built to make a backtracking matcher try every split', () => {
    const key = `agent.${'.'.repeat(20_000)}buildkite.dev:pipeline_idX`;
    expect(matches('agent.${Domain}.buildkite.dev:pipeline_id', key)).toBe(false);
    expect(matches('a${X}b${Y}c', `a${'b'.repeat(20_000)}`)).toBe(false);
  });
});

/** Every condition key the generated catalog spells, templates included. */
function catalogKeys(): Set<string> {
  const keys = new Set<string>();
  const add = (list: readonly string[] | undefined) => list?.forEach((key) => keys.add(key));
  for (const file of readdirSync(join(GENERATED_DIR, 'services'))) {
    const shard = JSON.parse(readFileSync(join(GENERATED_DIR, 'services', file), 'utf8')) as {
      actions: { conditionKeys: string[]; resourceTypes: { conditionKeys?: string[] }[] }[];
      resourceTypes: { conditionKeys: string[] }[];
      conditionKeys: { key: string }[];
    };
    add(shard.conditionKeys.map((entry) => entry.key));
    for (const action of shard.actions) {
      add(action.conditionKeys);
      for (const type of action.resourceTypes) add(type.conditionKeys);
    }
    for (const type of shard.resourceTypes) add(type.conditionKeys);
  }
  const globals = JSON.parse(readFileSync(join(GENERATED_DIR, 'global-condition-keys.json'), 'utf8')) as {
    keys: { key: string }[];
  };
  add(globals.keys.map((entry) => entry.key));
  return keys;
}

// The test's own reading of the placeholder spellings, independent of the code under test; each
// placeholder becomes a private-use character while the literal text around it is shortened.
const MARKS: readonly (readonly [RegExp, string, string])[] = [
  [/\$\{[^}]*\}/g, '\uE001', '${…}'],
  [/<[^>]*>/g, '\uE002', '<…>'],
  [/(?<=tag\/)tag-key$/i, '\uE003', 'tag-key'],
  [/(?<=tag\/)$/i, '\uE004', '…'],
];

function marked(key: string): string {
  return MARKS.reduce((text, [pattern, mark]) => text.replace(pattern, mark), key);
}

/** A template's shape: its placeholders in place, literal runs between `:` and `/` shortened to `a`. */
function shapeOf(key: string): string | null {
  const text = marked(key);
  if (!/[\uE001-\uE004]/.test(text)) return null;
  return MARKS.reduce(
    (shape, [, mark, token]) => shape.replaceAll(mark, token),
    text.replace(/[^\uE001-\uE004:/]+/g, 'a'),
  );
}

/** A key a policy could write for the template: every placeholder filled with `fill`. */
function instanceOf(key: string, fill: string): string {
  return marked(key).replace(/[\uE001-\uE004]/g, fill);
}

/** For each template shape in the catalog: a real template of that shape, a key it takes, one it does not. */
const SHAPE_EXAMPLES: Readonly<Record<string, readonly [string, string, string]>> = {
  'a:a/${…}': ['aws:ResourceTag/${TagKey}', 'aws:ResourceTag/team', 'aws:ResourceTag/'],
  'a:a/${…}a': [
    'codebuild:environment.environmentVariables/${name}.value',
    'codebuild:environment.environmentVariables/HOME.value',
    'codebuild:environment.environmentVariables/HOME.valueX',
  ],
  'a:a/${…}/a': [
    'events:Metadata/${MetadataKey}/Matcher',
    'events:Metadata/source/Matcher',
    'events:Metadata//Matcher',
  ],
  'a:a:${…}': [
    'kms:EncryptionContext:${EncryptionContextKey}',
    'kms:EncryptionContext:Department',
    'kms:EncryptionContextKeys',
  ],
  'a:a/<…>': ['s3:ExistingObjectTag/<key>', 's3:ExistingObjectTag/classification', 's3:ExistingObjectTag'],
  'a:a/tag-key': [
    'secretsmanager:ResourceTag/tag-key',
    'secretsmanager:ResourceTag/aws:secretsmanager:owningService',
    'secretsmanager:ResourceTag/',
  ],
  'a:a/…': ['glacier:ResourceTag/', 'glacier:ResourceTag/LegalHold', 'glacier:ResourceTag/'],
  'a${…}a:a': [
    'agent.${Domain}.buildkite.dev:pipeline_id',
    'agent.ci.buildkite.dev:pipeline_id',
    'agent.buildkite.dev:pipeline_id',
  ],
  'a/a/${…}:a': [
    'github.com/enterprises/${EnterpriseName}:actor',
    'github.com/enterprises/acme:actor',
    'github.com/enterprises/:actor',
  ],
  'a/a/${…}:a/a': [
    'oidc.circleci.com/org/${OrgId}:oidc.circleci.com/project-id',
    'oidc.circleci.com/org/1234:oidc.circleci.com/project-id',
    'oidc.circleci.com/org/1234:oidc.circleci.com/project-idX',
  ],
  'a/${…}:a': [
    'token.actions.githubusercontent.com/${SubPath}:actor',
    'token.actions.githubusercontent.com/acme:actor',
    'token.actions.githubusercontent.com:actor',
  ],
};

describe('the templates of the generated catalog', () => {
  const keys = catalogKeys();
  const templates = [...keys].filter((key) => shapeOf(key) !== null);

  it('has an example for every template shape it holds', () => {
    const shapes = new Set(templates.map((key) => shapeOf(key)));
    expect([...shapes].filter((shape) => shape !== null && !(shape in SHAPE_EXAMPLES))).toEqual([]);
  });

  it.each(Object.entries(SHAPE_EXAMPLES))('%s: %j', (shape, [template, taken, refused]) => {
    expect(keys.has(template)).toBe(true);
    expect(shapeOf(template)).toBe(shape);
    expect(matches(template, taken)).toBe(true);
    expect(matches(template, taken.toUpperCase())).toBe(true);
    expect(matches(template, refused)).toBe(false);
  });

  it('reads every template as a template that takes a filled-in key but not an empty placeholder', () => {
    const wrong = templates.filter((key) => {
      const parsed = parseKeyTemplate(key);
      return (
        parsed === null ||
        !keyMatchesTemplate(parsed, instanceOf(key, 'x')) ||
        !keyMatchesTemplate(parsed, instanceOf(key, 'a/b:c d')) ||
        keyMatchesTemplate(parsed, instanceOf(key, ''))
      );
    });
    expect(wrong).toEqual([]);
  });

  it('reads every other key as a plain key', () => {
    expect([...keys].filter((key) => shapeOf(key) === null && parseKeyTemplate(key) !== null)).toEqual([]);
  });
});
