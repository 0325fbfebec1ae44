import { describe, expect, it } from 'vitest';

import { callLoader, memoize } from './load';
import type { CatalogResult } from './types';

describe('memoize', () => {
  it('loads each key once, sharing the promise with concurrent callers', async () => {
    const calls: string[] = [];
    const memo = memoize(async (key): Promise<CatalogResult<string>> => {
      calls.push(key);
      await Promise.resolve();
      return { ok: true, value: key.toUpperCase() };
    });
    const [a, b, c] = await Promise.all([memo('s3'), memo('s3'), memo('ec2')]);
    expect(await memo('s3')).toBe(a);
    expect(a).toEqual({ ok: true, value: 'S3' });
    expect(b).toBe(a);
    expect(c).toEqual({ ok: true, value: 'EC2' });
    expect(calls).toEqual(['s3', 'ec2']);
  });

  it('forgets failures so the next call tries again', async () => {
    let attempt = 0;
    const memo = memoize(async (): Promise<CatalogResult<number>> => {
      attempt++;
      return attempt === 1
        ? { ok: false, error: { code: 'load-failed', message: 'offline' } }
        : { ok: true, value: attempt };
    });
    expect((await memo('k')).ok).toBe(false);
    expect(await memo('k')).toEqual({ ok: true, value: 2 });
    expect(await memo('k')).toEqual({ ok: true, value: 2 });
  });
});

describe('callLoader', () => {
  it('turns a rejection into a load-failed value', async () => {
    const result = await callLoader('service s3', () => Promise.reject(new Error('404')));
    expect(result).toEqual({
      ok: false,
      error: { code: 'load-failed', message: 'could not load service s3: 404' },
    });
  });

  it('turns a synchronous throw into a load-failed value', async () => {
    const result = await callLoader('x', () => {
      throw new Error('boom');
    });
    expect(result.ok).toBe(false);
  });

  it('passes the loaded value through', async () => {
    expect(await callLoader('x', async () => 42)).toEqual({ ok: true, value: 42 });
  });
});
