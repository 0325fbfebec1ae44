/**
 * fast-check generators of hostile text for the fuzz suites: strings built to break escaping,
 * prototype lookups and decoders, wildcard patterns built to make a backtracking matcher
 * explode, and the long texts they were once tried against. Used only by tests.
 */
import fc from 'fast-check';

/** `?*` pairs ending in a letter the text lacks: the pattern that once hung the worker. */
export const questionStarGlob = (pairs: number, prefix = 'ec2:'): string => `${prefix}${'?*'.repeat(pairs)}Q`;

/** `*a` repeated, ending in `*c`: a Resource that never finished against a long ARN. */
export const starAGlob = (count: number, prefix = 'arn:aws:s3:::'): string =>
  `${prefix}${'*a'.repeat(count)}*c`;

/** Keys that name members every object inherits, or that JSON.parse treats specially. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
] as const;

/** Text that misleads terminals, Markdown, HTML or UTF-16 handling. */
const NASTY_TEXT = [
  '',
  ' ',
  '\u0000',
  '\u001b[2J\u001b[H',
  '\u009b31m',
  '\u202e\u2066',
  '\u2028\u2029',
  '\ud800',
  '\udfff\ud800',
  '😀',
  'e\u0301',
  '<img src=x onerror=alert(1)>',
  '![x](https://attacker.example/p.png)',
  '`'.repeat(20),
  '${aws:username}',
  '${',
  '${*}${?}${$}',
  '*',
  '?',
  'arn:aws:iam::123456789012:user/alice',
  'arn:aws:s3:::bucket/*',
  's3:GetObject',
  'ec2:*',
  '1e999',
  'NaN',
  '%E0%A4%A',
  '\\u0000',
] as const;

/** A wildcard pattern built to make a backtracking matcher explode, against text made to miss. */
export const adversarialGlob: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 60 }).map((n) => questionStarGlob(n)),
  fc.integer({ min: 1, max: 60 }).map((n) => questionStarGlob(n, '')),
  fc.integer({ min: 1, max: 40 }).map((n) => starAGlob(n)),
  fc.integer({ min: 1, max: 40 }).map((n) => `${'*a'.repeat(n)}*b`),
  fc.integer({ min: 1, max: 200 }).map((n) => `${'*'.repeat(n)}:${'?'.repeat(n)}`),
);

/** Long text a pattern must read to its end before it can fail: thousands of characters. */
export const longText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 500, max: 5000 }).map((n) => `arn:aws:s3:::${'a'.repeat(11).padEnd(n, 'b')}c`),
  fc.integer({ min: 500, max: 5000 }).map((n) => 'aa'.padEnd(n, 'c') + 'b'),
  fc.integer({ min: 100, max: 3000 }).map((n) => `ec2:${'Describe'.repeat(n >> 3)}`),
);

/** A string of up to 200,000 characters: past every field limit the formats set. */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('a', '*', '?*', '\\"', '\u0000', '😀'), fc.integer({ min: 5_000, max: 200_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/** Any hostile string: short nasty text, random code units, adversarial globs, long or huge text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_TEXT, ...PROTOTYPE_KEYS) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: adversarialGlob },
  { weight: 2, arbitrary: longText },
  { weight: 1, arbitrary: hugeText },
);

/** A JSON leaf as text, including numbers a double cannot hold. */
const jsonLeafText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('null', 'true', 'false', '0', '-0', '1', '1e999', '-1e999', '1e-999', '9'.repeat(400)),
  fc.double().map((n) => (Number.isFinite(n) ? String(n) : '1e999')),
  hostileString.map((text) => JSON.stringify(text)),
);

/** Arrays or objects nested thousands deep, past any parser's recursion limit. */
export const deepNestingText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.boolean())
  .map(([depth, objects]) =>
    objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`,
  );

/** An object key: a field name the formats know, a prototype member, or hostile text. */
export function keyText(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 1, arbitrary: hostileString },
  );
}

/**
 * Any JSON value as text (not nested deeper than a few levels: see {@link deepNestingText}),
 * wrong types everywhere: objects may repeat a key (drawn from `known`,
 * so repeats are frequent) and use prototype members as keys, and leaves include `1e999`.
 */
export function jsonText(known: readonly string[] = ['a']): fc.Arbitrary<string> {
  const key = keyText(known).map((k) => JSON.stringify(k));
  const { value } = fc.letrec<{ value: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: jsonLeafText },
      {
        weight: 2,
        arbitrary: fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
      },
      {
        weight: 2,
        arbitrary: fc
          .array(fc.tuple(key, tie('value')), { maxLength: 6 })
          .map((entries) => `{${entries.map(([k, v]) => `${k}:${v}`).join(',')}}`),
      },
    ),
  }));
  return value;
}
