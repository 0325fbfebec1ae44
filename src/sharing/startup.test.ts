import { describe, expect, it } from 'vitest';

import { DEFAULT_SHARED_STATE, encodePermalink, type SharedState } from '../permalink';
import { createManagedTexts } from './managedTexts';
import { createPristineCheck, planOpen, resolveHash } from './startup';

const texts = createManagedTexts();
const lookup = (arn: string) => texts.get(arn);
const pristine = createPristineCheck(lookup);
const WORK: SharedState = { ...DEFAULT_SHARED_STATE, principal: 'arn:aws:iam::111122223333:user/work' };
const LINKED: SharedState = { ...DEFAULT_SHARED_STATE, principal: 'arn:aws:iam::111122223333:user/linked' };

describe('resolveHash', () => {
  it.each([
    ['', 'none'],
    ['#', 'none'],
    ['#example=ec2-boundary', 'open'],
    ['#example=no-such-example', 'error'],
    ['#example=<script>', 'error'],
    ['#s=9.AAAA', 'error'],
    ['#s=1.%%%', 'error'],
    ['#whatever', 'error'],
  ])('%j is %s', (hash, kind) => {
    expect(resolveHash(hash, lookup).kind).toBe(kind);
  });

  it('decodes a state link to its state', () => {
    const target = resolveHash(`#${encodePermalink(LINKED)}`, lookup);
    expect(target).toEqual({ kind: 'open', state: LINKED });
  });
});

describe('planOpen', () => {
  it('shows the saved work when there is no link', () => {
    expect(planOpen({ kind: 'none' }, WORK, pristine)).toEqual({ show: WORK, backup: null, error: null });
  });

  it('shows the link and keeps different saved work in the backup slot', () => {
    expect(planOpen({ kind: 'open', state: LINKED }, WORK, pristine)).toEqual({
      show: LINKED,
      backup: WORK,
      error: null,
    });
  });

  it('needs no backup when the saved work is the link, or an untouched example', () => {
    expect(planOpen({ kind: 'open', state: LINKED }, LINKED, pristine).backup).toBeNull();
    expect(planOpen({ kind: 'open', state: LINKED }, DEFAULT_SHARED_STATE, pristine).backup).toBeNull();
  });

  it('keeps the work and reports a broken link', () => {
    const plan = planOpen({ kind: 'error', message: 'This link is damaged.' }, WORK, pristine);
    expect(plan.show).toBe(WORK);
    expect(plan.backup).toBeNull();
    expect(plan.error).toMatch(/^This link is damaged\. Your work was kept/);
  });

  it('shows the example scenario when there is neither link nor saved work', () => {
    expect(planOpen({ kind: 'none' }, null, pristine).show).toBeNull();
  });
});
