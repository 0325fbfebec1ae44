import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult, PolicyType } from '../types';
import { DIAGNOSTIC_CODES } from './diagnosticCodes';
import { parsePolicy } from './parsePolicy';
import { doc, OK, stmt } from './testdata/helpers';

const TYPES: readonly PolicyType[] = [
  'identity',
  'boundary',
  'session',
  'resource',
  'kms-key',
  'role-trust',
  'scp',
  'rcp',
];
const SEVERITIES = new Set(['error', 'warning', 'suggestion']);

/** Line/column of `offset` computed independently of the code under test. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/** Properties every parse result must have, whatever the input. */
function expectWellFormed(text: string, result: ParseResult): void {
  for (const d of result.diagnostics) {
    expect(d.code).not.toBe('internal-error');
    expect(Object.hasOwn(DIAGNOSTIC_CODES, d.code), d.code).toBe(true);
    expect(SEVERITIES.has(d.severity)).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    const { start, end } = d.range;
    expect(0 <= start.offset && start.offset <= end.offset && end.offset <= text.length).toBe(true);
    expect({ line: start.line, column: start.column }).toEqual(lineColumn(text, start.offset));
    expect({ line: end.line, column: end.column }).toEqual(lineColumn(text, end.offset));
  }
  const errorStarts = result.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => d.range.start.offset);
  for (const s of result.policy?.statements ?? []) {
    if (!s.valid) continue;
    const inside = errorStarts.some((o) => o >= s.range.start.offset && o < s.range.end.offset);
    expect(inside, `statement ${s.index} is valid but holds an error`).toBe(false);
  }
  expect(result.size.counted).toBeGreaterThanOrEqual(0);
}

const policyType = fc.constantFrom(...TYPES);

const name = fc.constantFrom(
  'Version',
  'Id',
  'Statement',
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
  'effect',
  'ACTION',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'AWS',
  'Service',
  'Federated',
  'StringEquals',
  'ForAllValues:StringLike',
  'ForAnyValue:Null',
  'NullIfExists',
  'Bool',
  'IpAddress',
  'DateLessThan',
  'aws:SourceIp',
  'AWS:SOURCEIP',
  '${aws:username}',
  '',
);
const leaf = fc.oneof(
  fc.constantFrom(
    '*',
    'Allow',
    'Deny',
    'allow',
    '2012-10-17',
    '2008-10-17',
    's3:GetObject',
    's3',
    'a:b:c',
    'arn:aws:s3:::b/${aws:username}',
    'arn:aws:iam:us-east-1:1:user/x',
    'arn:aws:s*:::x',
    '${',
    '${}',
    '${a b}',
    "${a, 'x'}",
    'true',
    '10.0.0.1/8',
    '::1',
    '',
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const { value: policyValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(name, tie('value'), { maxKeys: 6 }),
  ),
}));
const policyLike = fc.record(
  {
    Version: fc.oneof(fc.constantFrom('2012-10-17', '2008-10-17'), leaf),
    Id: leaf,
    Statement: fc.oneof(
      policyValue,
      fc.array(fc.dictionary(name, policyValue, { maxKeys: 9 }), { maxLength: 4 }),
    ),
  },
  { requiredKeys: [] },
);

const SAMPLE = doc(
  stmt(
    `"Sid": "A", ${OK}, "Condition": {"StringEquals": {"aws:PrincipalTag/team": ["a", "\${aws:username}"]}}`,
  ),
  stmt(
    '"Effect": "Deny", "Principal": {"AWS": ["111122223333"]}, "NotAction": "iam:*", "NotResource": ["*"]',
  ),
);
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 6 }),
  insert: fc.oneof(
    fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '${', ' ', '\n', 'null', '€', '😀'),
    fc.string({ maxLength: 4 }),
  ),
});

describe('parsePolicy never throws and stays well-formed', () => {
  it('on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()),
        policyType,
        (text, type) => {
          expectWellFormed(text, parsePolicy(text, type));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on random policy-shaped objects (object and text input)', () => {
    fc.assert(
      fc.property(policyLike, policyType, (policy, type) => {
        // How parsePolicy serialises an object: numbers that are not finite as their text.
        const finiteOrText = (_key: string, value: unknown) =>
          typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
        const text = JSON.stringify(policy, finiteOrText, 2);
        const fromObject = parsePolicy(policy, type);
        expectWellFormed(text, fromObject);
        expect(parsePolicy(text, type)).toEqual(fromObject);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('on mutated valid policies', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), policyType, (edits, type) => {
        let text = SAMPLE;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        expectWellFormed(text, parsePolicy(text, type));
      }),
      { numRuns: 600 },
    );
  }, 30_000);
});

describe('hostile inputs', () => {
  it.each([
    ['arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
    ['unclosed arrays', '['.repeat(100_000)],
  ])('reports too-deep for 100,000 nested %s without overflowing the stack', (_, text) => {
    const result = parsePolicy(text, 'identity');
    const deep = result.diagnostics.find((d) => d.code === 'too-deep');
    expect(deep?.severity).toBe('error');
    expect(text.slice(deep?.range.start.offset, deep?.range.end.offset)).toMatch(/^[[{]$/);
    expect(result.policy).toBeNull();
    expectWellFormed(text, result);
  });

  it('parses a 5 MB policy in reasonable time', () => {
    const statements = Array.from({ length: 11_000 }, (_, i) =>
      stmt(
        `"Sid": "S${i}", ${OK}, "Condition": {"StringEquals": {"aws:PrincipalTag/team": ["a", "b"]}, "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}`,
      ),
    );
    const text = `{"Version": "2012-10-17", "Statement": [\n${statements.join(',\n  ')}\n]}`.padEnd(
      5_000_000,
      ' ',
    );
    const started = performance.now();
    const result = parsePolicy(text, 'identity');
    const elapsed = performance.now() - started;
    expect(result.policy?.statements).toHaveLength(11_000);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['policy-size']);
    // About 1–2 s on an idle 2-core box; the loose bound catches quadratic blow-ups, not noise.
    expect(elapsed).toBeLessThan(15_000);
  }, 20_000);

  it.each([
    ['bytes', 0x100],
    ['UTF-16 code units', 0x10000],
  ])(
    'handles 1 MB of random %s',
    (_, range) => {
      let seed = 7;
      const units = new Uint16Array(1_000_000).map(() => {
        seed = (seed * 1103515245 + 12345) >>> 0; // deterministic LCG: the same text every run
        return (seed >>> 8) % range;
      });
      let text = '';
      for (let i = 0; i < units.length; i += 10_000)
        text += String.fromCharCode(...units.subarray(i, i + 10_000));
      const result = parsePolicy(text, 'scp');
      expectWellFormed(text, result);
      expect(result.diagnostics.filter((d) => d.code === 'invalid-character').length).toBeLessThanOrEqual(11);
    },
    20_000,
  );

  it('handles a 5 MB string value', () => {
    const text = `{"Version": "2012-10-17", "Statement": "${'a'.repeat(5_000_000)}"}`;
    const result = parsePolicy(text, 'identity');
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['policy-size', 'statement-not-object']);
    expect(result.diagnostics.find((d) => d.code === 'statement-not-object')?.message.length).toBeLessThan(
      200,
    );
  }, 20_000);

  it('treats __proto__ and other Object.prototype names as plain keys', () => {
    const text = `{"__proto__": {"Statement": 1}, "Version": "2012-10-17", "Statement": [{"__proto__": "x", "constructor": 1, ${OK}, "Condition": {"toString": {"aws:x": "a"}, "StringEquals": {"__proto__": "b"}}}]}`;
    const fromText = parsePolicy(text, 'identity');
    expectWellFormed(text, fromText);
    const codes = fromText.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'unknown-element')).toHaveLength(3);
    expect(codes).toContain('unknown-condition-operator');
    expect(codes).toContain('condition-key-format');
    expect(fromText.policy?.statements[0]?.action?.patterns.map((p) => p.value)).toEqual(['s3:GetObject']);
    const fromObject = parsePolicy(JSON.parse(text) as Record<string, unknown>, 'identity');
    expect(fromObject.diagnostics.map((d) => d.code)).toEqual(codes);
  });

  it('reports a principal key named like an Object.prototype member', () => {
    const result = parsePolicy(
      doc(
        stmt(
          '"Effect": "Allow", "Principal": {"constructor": "x"}, "Action": "s3:GetObject", "Resource": "*"',
        ),
      ),
      'resource',
    );
    expect(result.diagnostics.map((d) => d.code)).toContain('invalid-principal-key');
  });
});

describe('inputs that are not policy text', () => {
  const circular: Record<string, unknown> = { Version: '2012-10-17' };
  circular.self = circular;
  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['a function', () => 1],
    ['a circular object', circular],
    ['an object holding a BigInt', { Version: 1n }],
  ])('reports invalid-input for %s', (_, input) => {
    const result = parsePolicy(input as unknown as string, 'identity');
    expect(result.policy).toBeNull();
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['invalid-input', 'error']]);
  });

  it('reports too-deep for a policy object nested 5,000 levels, as for text, without overflowing', () => {
    const deep: Record<string, unknown> = { Version: '2012-10-17' };
    let at = deep;
    for (let i = 0; i < 5000; i++) {
      const inner: Record<string, unknown> = {};
      at.Statement = inner;
      at = inner;
    }
    const result = parsePolicy(deep, 'identity');
    expect(result.policy).toBeNull();
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['too-deep', 'The JSON is nested more than 100 levels deep; a policy needs fewer than ten.'],
    ]);
  });

  it('reads a number that is not finite in a policy object as 1e999 reads in text', () => {
    const policy = (value: unknown) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:*',
          Resource: '*',
          Condition: { NumericLessThan: { 's3:max-keys': value } },
        },
      ],
    });
    const fromObject = parsePolicy(policy(Number.POSITIVE_INFINITY), 'identity');
    const fromText = parsePolicy(JSON.stringify(policy(0)).replace(/:0\}/, ':1e999}'), 'identity');
    const summary = (result: ParseResult) => ({
      codes: result.diagnostics.map((d) => [d.code, d.severity]),
      valid: result.policy?.statements.map((statement) => statement.valid),
    });
    expect(summary(fromObject)).toEqual(summary(fromText));
    expect(summary(fromText)).toEqual({ codes: [['numeric-value', 'warning']], valid: [true] });
  });

  it('warns that a number too large for a double cannot be compared', () => {
    const huge = `1${'0'.repeat(400)}`;
    const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"NumericLessThan":{"s3:max-keys":${huge}}}}]}`;
    const [warning] = parsePolicy(text, 'identity').diagnostics;
    expect(warning).toMatchObject({ code: 'numeric-value', severity: 'warning' });
    expect(warning?.message).toMatch(/is too large to compare/);
  });

  it('reports an array input as not-an-object', () => {
    const result = parsePolicy([] as unknown as Record<string, unknown>, 'identity');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['not-an-object']);
  });

  it('reports an unknown policy type and checks as an identity policy', () => {
    const result = parsePolicy(doc(stmt(`${OK}, "Principal": "*"`)), 'bogus' as PolicyType);
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['invalid-input', 'principal-not-allowed']);
  });

  it('reports unexpected end of text for empty input', () => {
    const result = parsePolicy('   ', 'identity');
    expect(result.policy).toBeNull();
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['json-syntax', 'Unexpected end of text'],
    ]);
  });
});

describe('size', () => {
  it.each([
    ['identity', 6144, false],
    ['boundary', 6144, false],
    ['session', 2048, true],
    ['role-trust', 2048, false],
    ['scp', 5120, true],
    ['rcp', 5120, true],
    ['resource', 20480, true],
    ['kms-key', 32768, true],
  ] as const)('%s: limit %d, whitespace counted: %s', (type, limit, countsWhitespace) => {
    const text = doc(stmt(OK));
    const { size } = parsePolicy(text, type);
    expect(size).toEqual({
      counted: countsWhitespace ? text.length : text.replace(/\s+(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '').length,
      limit,
      countsWhitespace,
    });
  });

  it('flags an SCP whose padding pushes it over 5,120 characters, but not an identity policy', () => {
    const text = doc(stmt(OK)).padEnd(5200, ' ');
    expect(parsePolicy(text, 'scp').diagnostics.map((d) => d.code)).toEqual(['policy-size']);
    expect(parsePolicy(text, 'identity').diagnostics).toEqual([]);
  });

  it('only warns about size for resource policies', () => {
    const text = doc(
      stmt(`"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"`),
    ).padEnd(21000, ' ');
    expect(parsePolicy(text, 'resource').diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['policy-size', 'warning'],
    ]);
  });
});
