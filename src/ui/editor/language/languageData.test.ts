import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { GENERATED_DIR, createNodeCatalog } from '../../../catalog/node';
import { createCatalog } from '../../../catalog';
import { computeWhenLoaded, languageDataFor } from './languageData';

describe('languageDataFor', () => {
  it('returns nothing until a load settles, then the loaded details', async () => {
    const data = languageDataFor(createNodeCatalog());
    expect(data.details('s3')).toBeUndefined();
    expect(data.pending()).not.toBeNull();
    await data.pending();
    expect(data.details('S3')?.prefix).toBe('s3');
    expect(data.pending()).toBeNull();
  });

  it('is shared per catalog', () => {
    const catalog = createNodeCatalog();
    expect(languageDataFor(catalog)).toBe(languageDataFor(catalog));
    expect(languageDataFor(createNodeCatalog())).not.toBe(languageDataFor(catalog));
  });

  it('does not load unknown services, and gives up on failing loads', async () => {
    const index = JSON.parse(readFileSync(join(GENERATED_DIR, 'index.json'), 'utf8')) as unknown;
    let calls = 0;
    const failing = createCatalog(index, () => {
      calls++;
      return Promise.reject(new Error('offline'));
    });
    const data = languageDataFor(failing);
    expect(data.details('nosuchservice')).toBeUndefined();
    expect(data.pending()).toBeNull();
    expect(data.details('s3')).toBeUndefined();
    await data.pending();
    expect(data.details('s3')).toBeUndefined();
    expect(data.pending()).toBeNull();
    expect(calls).toBe(1);
    // No loader for the global keys at all: an error value, not a hang.
    expect(data.globalKeys()).toBeUndefined();
    await data.pending();
    expect(data.globalKeys()).toBeUndefined();
    expect(data.pending()).toBeNull();
  });
});

describe('computeWhenLoaded', () => {
  it('computes again once the data asked for has loaded', async () => {
    const data = languageDataFor(createNodeCatalog());
    let runs = 0;
    const prefix = await computeWhenLoaded(data, () => {
      runs++;
      return data.details('iam')?.prefix;
    });
    expect(prefix).toBe('iam');
    expect(runs).toBe(2);
  });

  it('computes once without a catalog', async () => {
    let runs = 0;
    expect(await computeWhenLoaded(null, () => ++runs)).toBe(1);
  });
});
