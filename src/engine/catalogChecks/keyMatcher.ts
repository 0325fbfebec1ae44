/**
 * Sets of condition keys as the catalog spells them, with case-insensitive lookup of the keys a
 * policy writes: `aws:ResourceTag/team` is in a set holding `aws:ResourceTag/${TagKey}`, and
 * `s3:ExistingObjectTag/x` in one holding `s3:ExistingObjectTag/<key>` (see `keyTemplate.ts`).
 */
import { keyMatchesTemplate, parseKeyTemplate, type KeyTemplate } from './keyTemplate';

/** A set of condition keys, templates included. */
export interface KeyMatcher {
  /** Whether the key as written in a policy is in the set. */
  has(key: string): boolean;
}

// Keys come from catalog data, a finite set: parse each once for the whole session.
const templateCache = new Map<string, KeyTemplate | null>();

function cachedTemplate(key: string): KeyTemplate | null {
  let template = templateCache.get(key);
  if (template === undefined) {
    template = parseKeyTemplate(key);
    templateCache.set(key, template);
  }
  return template;
}

const ANSWER_LIMIT = 512;

/** Builds the set of every key in the given lists. */
export function createKeyMatcher(lists: Iterable<readonly string[]>): KeyMatcher {
  const exact = new Set<string>();
  const templates = new Set<KeyTemplate>();
  for (const list of lists) {
    for (const key of list) {
      const template = cachedTemplate(key);
      if (template === null) exact.add(key.toLowerCase());
      else templates.add(template);
    }
  }
  // Answers by the key as written: policies repeat the same few keys on every keystroke.
  const answers = new Map<string, boolean>();
  const lookup = (key: string): boolean => {
    if (exact.has(key.toLowerCase())) return true;
    for (const template of templates) if (keyMatchesTemplate(template, key)) return true;
    return false;
  };
  return {
    has(key) {
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = lookup(key);
        if (answers.size >= ANSWER_LIMIT) answers.clear();
        answers.set(key, answer);
      }
      return answer;
    },
  };
}
