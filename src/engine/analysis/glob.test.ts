import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { resourceMatches } from '../match/resource';
import { patternGlob, templateGlob } from './arnGlobs';
import { globsIntersect, globsSubset, globsWitness } from './glob';

const EMPTY = new Map();
const p = (pattern: string) => patternGlob(pattern, false);
const t = (template: string) => templateGlob(template, 'aws');
const S3_OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
const EC2_INSTANCE = 'arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}';

describe('pattern vs template', () => {
  it.each([
    ['*', S3_OBJECT, true, true],
    ['arn:aws:s3:::*', S3_OBJECT, true, true],
    ['arn:aws:s3:::b/*', S3_OBJECT, true, false],
    ['arn:aws:s3:::b*', S3_OBJECT, true, false],
    ['arn:aws:s3:::b', S3_OBJECT, false, false],
    ['arn:aws:ec2:*:*:instance/*', EC2_INSTANCE, true, true],
    ['arn:aws:ec2:us-east-1:*:instance/*', EC2_INSTANCE, true, false],
    ['arn:aws:ec2:*:*:instance/i-*', EC2_INSTANCE, true, false],
    ['arn:aws:ec2:*:*:volume/*', EC2_INSTANCE, false, false],
    ['arn:aws-cn:s3:::*', S3_OBJECT, false, false],
    ['arn:aws:*', EC2_INSTANCE, true, true],
    ['arn:aws:ec2:*', EC2_INSTANCE, true, true],
    ['arn:aws:ec2:*:*:*', EC2_INSTANCE, true, true],
    // `*` inside a segment does not cross `:`, so a region containing `:` is impossible.
    ['arn:aws:ec2:us*1:*:instance/*', EC2_INSTANCE, true, false],
  ])('%s against %s: touches %s, covers %s', (pattern, template, touches, covers) => {
    expect(globsIntersect([p(pattern), t(template)])).toBe(touches);
    expect(globsSubset([t(template)], p(pattern))).toBe(covers);
  });
});

describe('pattern vs pattern', () => {
  it.each([
    ['arn:aws:s3:::b/x', 'arn:aws:s3:::b/*', true],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/x', false],
    ['arn:aws:s3:::b/a*', 'arn:aws:s3:::b/*', true],
    ['arn:aws:s3:::b/?', 'arn:aws:s3:::b/*', true],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::*', true],
    ['arn:aws:s3:::a*b', 'arn:aws:s3:::a*', true],
    ['arn:aws:s3:::a*', 'arn:aws:s3:::a*b', false],
  ])('%s within %s: %s', (inner, outer, expected) => {
    expect(globsSubset([p(inner)], p(outer))).toBe(expected);
  });

  it('does not claim that a pattern with a variable contains anything but itself', () => {
    const withVariable = patternGlob('arn:aws:s3:::b/${aws:username}/*', true);
    expect(globsSubset([p('arn:aws:s3:::b/alice/x')], withVariable)).toBe(false);
    expect(globsSubset([withVariable], withVariable)).toBe(true);
    expect(globsSubset([withVariable], p('arn:aws:s3:::b/*'))).toBe(true);
  });
});

/** ARN-like text over a small alphabet so that patterns and texts collide often. */
const text = fc.stringMatching(/^[ab:/]{0,8}$/);
const pattern = fc.stringMatching(/^[ab:/*?]{0,7}$/);

describe('agreement with the engine matcher (resourceMatches)', () => {
  it('a witness of an intersection is matched by every pattern', () => {
    fc.assert(
      fc.property(pattern, pattern, (a, b) => {
        const witness = globsWitness([p(a), p(b)]);
        if (witness === null) return;
        expect(resourceMatches(a, witness, false, EMPTY).matched || a === '*').toBe(true);
        expect(resourceMatches(b, witness, false, EMPTY).matched || b === '*').toBe(true);
      }),
    );
  });

  it('disjoint patterns share no text, and subset patterns agree on every text', () => {
    fc.assert(
      fc.property(pattern, pattern, text, (a, b, sample) => {
        if (sample === '*') return;
        const inA = resourceMatches(a, sample, false, EMPTY).matched;
        const inB = resourceMatches(b, sample, false, EMPTY).matched;
        if (!globsIntersect([p(a), p(b)])) expect(inA && inB).toBe(false);
        if (globsSubset([p(a)], p(b)) && inA) expect(inB).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('quick answers agree with the general search', () => {
  // A third glob matching everything, or a second inner one, sends a question down the
  // general path: the two-glob and one-inner shortcuts must answer as it does.
  const anything = p('*');
  const arnish = fc.stringMatching(/^(?:[ab:/*?]|\$\{x\}){0,9}$/);
  const template = fc.stringMatching(/^[ab:/]{0,4}(?:\$\{X\}[ab:/]{0,3}){0,2}$/);

  it('two-glob intersection (and the witness search, which takes no shortcut)', () => {
    fc.assert(
      fc.property(arnish, fc.oneof(template.map(t), arnish.map(p)), fc.boolean(), (a, right, variables) => {
        const left = patternGlob(a, variables);
        const answer = globsIntersect([left, right]);
        expect(answer).toBe(globsIntersect([left, right, anything]));
        expect(answer).toBe(globsWitness([left, right]) !== null);
      }),
      { numRuns: 2000 },
    );
  });

  it('containment of one template or pattern', () => {
    fc.assert(
      fc.property(fc.oneof(template.map(t), arnish.map(p)), arnish, (inner, b) => {
        const outer = p(b);
        expect(globsSubset([inner], outer)).toBe(globsSubset([inner, anything], outer));
      }),
      { numRuns: 2000 },
    );
  });
});
