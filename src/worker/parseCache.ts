/**
 * Policy parses remembered by what decides them (type, quota, text), so the worker parses a
 * document once however many requests carry it: a keystroke sends an `evaluate` and a
 * `diagnose` whose scenario and documents hold the same texts, and every identity policy but
 * the one being typed in is unchanged. Only the parses used by the last two requests are kept.
 */
import { parsePolicy, type ParseResult, type PolicyParser, type PolicyType } from '../engine';

/** The cache: a {@link PolicyParser}, and the call that starts a new request. */
export interface ParseCache {
  readonly parse: PolicyParser;
  /** Starts a request: parses unused since the one before the last are forgotten. */
  nextRequest(): void;
}

function keyOf(text: string, type: PolicyType, awsManaged: boolean): string {
  return `${type}:${awsManaged ? 'aws' : 'own'}:${text}`;
}

/** Creates an empty cache over `parse` (the engine's parser by default). */
export function createParseCache(parse: PolicyParser = parsePolicy): ParseCache {
  let previous = new Map<string, ParseResult>();
  let current = new Map<string, ParseResult>();
  return {
    parse(input, type, options) {
      // A document given as an object is rare (files, the library); it is parsed each time.
      if (typeof input !== 'string') return parse(input, type, options);
      const key = keyOf(input, type, options.awsManaged === true);
      let result = current.get(key) ?? previous.get(key);
      if (result === undefined) result = parse(input, type, options);
      current.set(key, result);
      return result;
    },
    nextRequest() {
      previous = current;
      current = new Map();
    },
  };
}
