/**
 * fast-check generators of hostile scenario files for the CLI fuzz suite: mostly the shape of a
 * scenario (so input reaches the evaluator and the analysis, not only the validator), with
 * hostile values, wrong types, repeated and prototype keys anywhere. Used only by tests.
 */
import fc from 'fast-check';

import { POLICY_SLOTS } from '../engine';
import { adversarialGlob, deepNestingText, hostileString, jsonText, keyText, longText } from './hostileText';
import { arrayText, objectText } from './jsonText';

const SCENARIO_KEYS = ['version', 'principal', 'sessionIssuer', 'organization', 'requests'].concat(
  POLICY_SLOTS.map((slot) => slot.field),
);
const POLICY_KEYS = [
  'Version',
  'Statement',
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
];
const STATEMENT_KEYS = [...POLICY_KEYS, 'Principal', 'NotPrincipal', 'Condition'];

/** A value's text: usually `good`, sometimes any JSON (wrong types included). */
function mostly(good: fc.Arbitrary<string>, known: readonly string[] = ['a']): fc.Arbitrary<string> {
  return fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: jsonText(known) });
}

/** A string value's text: plausible, adversarial or hostile. */
function stringText(plausible: readonly string[], ...more: fc.Arbitrary<string>[]): fc.Arbitrary<string> {
  return fc
    .oneof(fc.constantFrom(...plausible), adversarialGlob, hostileString, ...more)
    .map((text) => JSON.stringify(text));
}

/** One string or a list of them, as text. */
const oneOrMany = (item: fc.Arbitrary<string>) =>
  fc.oneof(item, fc.array(item, { maxLength: 4 }).map(arrayText));

const actionText = stringText(['s3:GetObject', 'ec2:*', '*', 's3:Get*', 'iam:PassRole']);
const resourceText = stringText(['*', 'arn:aws:s3:::bucket/*', 'arn:aws:ec2:*:*:instance/*'], longText);
const conditionText = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'StringLike',
        'ForAnyValue:StringLike',
        'ForAllValues:StringNotLike',
        'ArnLike',
        'NumericLessThan',
        'DateGreaterThan',
        'IpAddress',
        'BinaryEquals',
        'Bool',
        'Null',
        'StringLikeIfExists',
        '__proto__',
      ),
      fc.array(
        fc.tuple(
          fc.constantFrom(
            'aws:PrincipalTag/team',
            'aws:SourceIp',
            's3:prefix',
            'aws:CurrentTime',
            'constructor',
          ),
          mostly(oneOrMany(stringText(['*', '1e999', '10.0.0.0/8', 'true'], longText))),
        ),
        { maxLength: 3 },
      ),
    ),
    { maxLength: 3 },
  )
  .map((operators) => objectText(operators.map(([op, keys]) => [op, objectText(keys)])));

const statementText = mostly(
  fc
    .record({
      effect: stringText(['Allow', 'Deny']),
      action: fc.tuple(fc.constantFrom('Action', 'NotAction'), oneOrMany(actionText)),
      resource: fc.tuple(fc.constantFrom('Resource', 'NotResource'), oneOrMany(resourceText)),
      condition: fc.option(conditionText, { nil: undefined }),
      repeated: fc.array(fc.tuple(keyText(STATEMENT_KEYS), jsonText(STATEMENT_KEYS)), { maxLength: 2 }),
    })
    .map(({ effect, action, resource, condition, repeated }) =>
      objectText([
        ['Effect', effect],
        action,
        resource,
        ...(condition === undefined ? [] : ([['Condition', condition]] as const)),
        ...repeated,
      ]),
    ),
  STATEMENT_KEYS,
);

const policyText = mostly(
  fc.array(statementText, { maxLength: 4 }).map((statements) =>
    objectText([
      ['Version', '"2012-10-17"'],
      ['Statement', arrayText(statements)],
    ]),
  ),
  POLICY_KEYS,
);

/** A policy's `document`: an object, the same as a string of text, or anything else. */
const documentText = fc.oneof(
  { weight: 3, arbitrary: policyText },
  { weight: 2, arbitrary: policyText.map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: jsonText(POLICY_KEYS) },
  { weight: 1, arbitrary: deepNestingText.map((deep) => JSON.stringify(deep)) },
);

const namedPolicyText = mostly(
  fc
    .tuple(stringText(['inline', 'AdministratorAccess']), documentText, fc.boolean())
    .map(([name, document, managed]) =>
      objectText([
        ['name', name],
        ['document', document],
        ...(managed ? ([['arn', '"arn:aws:iam::aws:policy/ReadOnlyAccess"']] as const) : []),
      ]),
    ),
  ['name', 'document', 'arn'],
);

/** A request context: hostile keys, string or list values (the only types the format takes). */
const contextText = fc
  .uniqueArray(
    fc.tuple(keyText(['aws:PrincipalTag/team', 'aws:SourceIp']), oneOrMany(stringText(['x'], longText))),
    {
      maxLength: 4,
      selector: ([key]) => key,
    },
  )
  .map(objectText);

const requestText = mostly(
  fc.tuple(actionText, resourceText, mostly(contextText)).map(([action, resource, context]) =>
    objectText([
      ['action', action],
      ['resource', resource],
      ['context', context],
    ]),
  ),
  ['action', 'resource', 'context', 'resourceAccount', 'viaVpcEndpoint', 'expect'],
);

const orgLevelsText = fc
  .array(
    fc.array(namedPolicyText, { maxLength: 2 }).map((policies) =>
      objectText([
        ['target', '"Root"'],
        ['policies', arrayText(policies)],
      ]),
    ),
    { maxLength: 2 },
  )
  .map(arrayText);

/** Text for the value of a scenario field. */
function fieldText(field: string): fc.Arbitrary<string> {
  switch (field) {
    case 'version':
      return mostly(fc.constant('1'));
    case 'principal':
    case 'sessionIssuer':
      return mostly(
        stringText(['arn:aws:iam::123456789012:user/alice', 'arn:aws:sts::123456789012:assumed-role/r/s']),
      );
    case 'requests':
      return mostly(fc.array(requestText, { minLength: 1, maxLength: 3 }).map(arrayText));
    case 'identityPolicies':
      return mostly(fc.array(namedPolicyText, { maxLength: 3 }).map(arrayText));
    case 'serviceControlPolicies':
    case 'resourceControlPolicies':
      return mostly(orgLevelsText);
    default:
      return fc.oneof(fc.constant('null'), namedPolicyText);
  }
}

/**
 * A hostile scenario file's text: the usual fields (each sometimes of the wrong type), plus
 * extra entries that repeat a field or use a prototype member as a key. Most are refused.
 */
export const hostileScenarioText: fc.Arbitrary<string> = fc
  .tuple(
    fc.subarray(SCENARIO_KEYS, { minLength: 1 }),
    fc.array(fc.tuple(keyText(SCENARIO_KEYS), jsonText(SCENARIO_KEYS)), { maxLength: 2 }),
  )
  .chain(([fields, extra]) =>
    fc
      .tuple(...fields.map((field) => fieldText(field).map((value): [string, string] => [field, value])))
      .map((entries) => objectText([...entries, ...extra])),
  );

/**
 * A scenario the validator accepts, so its hostile policies and requests reach the evaluator
 * and the analysis: a valid caller and well-typed fields around hostile documents and values.
 */
export const evaluableScenarioText: fc.Arbitrary<string> = fc
  .record({
    principal: fc.constantFrom(
      'arn:aws:iam::123456789012:user/alice',
      'arn:aws:sts::123456789012:assumed-role/r/s',
      'arn:aws:iam::123456789012:root',
    ),
    identity: fc.array(
      fc.tuple(stringText(['inline']), documentText).map(([name, document]) =>
        objectText([
          ['name', name],
          ['document', document],
        ]),
      ),
      { minLength: 1, maxLength: 3 },
    ),
    boundary: fc.option(documentText, { nil: undefined }),
    requests: fc.array(
      fc.tuple(actionText, resourceText, contextText).map(([action, resource, context]) =>
        objectText([
          ['action', action],
          ['resource', resource],
          ['context', context],
        ]),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ principal, identity, boundary, requests }) =>
    objectText([
      ['version', '1'],
      ['principal', JSON.stringify(principal)],
      ['identityPolicies', arrayText(identity)],
      ...(boundary === undefined
        ? []
        : ([
            [
              'permissionsBoundary',
              objectText([
                ['name', '"b"'],
                ['document', boundary],
              ]),
            ],
          ] as const)),
      ['requests', arrayText(requests)],
    ]),
  );

/** Bytes of a scenario file: evaluable or refused scenarios, any JSON, or raw bytes. */
export const hostileScenarioFile: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 6, arbitrary: evaluableScenarioText },
  { weight: 3, arbitrary: hostileScenarioText },
  { weight: 1, arbitrary: jsonText(SCENARIO_KEYS) },
  { weight: 1, arbitrary: deepNestingText.map((deep) => `{"version":1,"requests":${deep}}`) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
);
