import { describe, expect, it } from 'vitest';

import { parsePolicy, type PolicyParser } from '../engine';
import { createParseCache } from './parseCache';

const TEXT = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';

/** The engine's parser, counting its calls. */
function counting(): { parse: PolicyParser; calls: () => number } {
  let calls = 0;
  return {
    parse: (input, type, options) => {
      calls++;
      return parsePolicy(input, type, options);
    },
    calls: () => calls,
  };
}

describe('createParseCache', () => {
  it('parses a text once for the same type and quota, and gives the same result', () => {
    const inner = counting();
    const cache = createParseCache(inner.parse);
    const first = cache.parse(TEXT, 'identity', { awsManaged: false });
    cache.nextRequest();
    expect(cache.parse(TEXT, 'identity', { awsManaged: false })).toBe(first);
    expect(inner.calls()).toBe(1);
    expect(first).toEqual(parsePolicy(TEXT, 'identity'));
  });

  it('tells types and quotas apart', () => {
    const inner = counting();
    const cache = createParseCache(inner.parse);
    cache.parse(TEXT, 'identity', {});
    cache.parse(TEXT, 'boundary', {});
    cache.parse(TEXT, 'identity', { awsManaged: true });
    expect(inner.calls()).toBe(3);
  });

  it('forgets a parse no request used for two requests', () => {
    const inner = counting();
    const cache = createParseCache(inner.parse);
    cache.parse(TEXT, 'identity', {});
    cache.nextRequest();
    cache.nextRequest();
    cache.parse(TEXT, 'identity', {});
    expect(inner.calls()).toBe(2);
  });

  it('parses documents given as objects every time', () => {
    const inner = counting();
    const cache = createParseCache(inner.parse);
    const document = JSON.parse(TEXT) as Record<string, unknown>;
    cache.parse(document, 'identity', {});
    cache.parse(document, 'identity', {});
    expect(inner.calls()).toBe(2);
  });
});
