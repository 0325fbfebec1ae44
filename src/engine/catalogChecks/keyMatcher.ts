/**
 * Sets of condition keys as the catalog spells them, with case-insensitive lookup of the keys a
 * policy writes: `aws:ResourceTag/team` is in a set holding `aws:ResourceTag/${TagKey}`, and
 * `s3:ExistingObjectTag/x` in one holding `s3:ExistingObjectTag/<key>`.
 */

/** A set of condition keys, templates included. */
export interface KeyMatcher {
  /** Whether the key as written in a policy is in the set. */
  has(key: string): boolean;
}

// `${TagKey}`-style and `<key>`-style placeholders, as the Service Authorization Reference writes
// them. Documented choice: a final `Tag/tag-key` (how the reference spells
// `secretsmanager:ResourceTag/tag-key` and `ssm:resourceTag/tag-key`) is a placeholder too, since
// AWS's own policies write `secretsmanager:ResourceTag/aws:secretsmanager:owningService`.
const PLACEHOLDER = /\$\{[^}]*\}|<[^>]*>|(?<=Tag\/)tag-key$/g;
const REGEX_SPECIALS = /[.*+?^${}()|[\]\\/]/g;

// Templates come from catalog data, a finite set: compile each once for the whole session.
const templateCache = new Map<string, RegExp | null>();

/** The anchored, case-insensitive RegExp of a key template, or null for a plain key. */
export function templateRegExp(key: string): RegExp | null {
  const cached = templateCache.get(key);
  if (cached !== undefined) return cached;
  let source = '';
  let from = 0;
  for (const match of key.matchAll(PLACEHOLDER)) {
    source += key.slice(from, match.index).replace(REGEX_SPECIALS, '\\$&') + '.+';
    from = match.index + match[0].length;
  }
  const regex =
    from === 0 ? null : new RegExp(`^${source}${key.slice(from).replace(REGEX_SPECIALS, '\\$&')}$`, 'is');
  templateCache.set(key, regex);
  return regex;
}

const ANSWER_LIMIT = 512;

/** Builds the set of every key in the given lists. */
export function createKeyMatcher(lists: Iterable<readonly string[]>): KeyMatcher {
  const exact = new Set<string>();
  const templates: RegExp[] = [];
  const seenTemplates = new Set<RegExp>();
  for (const list of lists) {
    for (const key of list) {
      const regex = templateRegExp(key);
      if (regex === null) exact.add(key.toLowerCase());
      else if (!seenTemplates.has(regex)) {
        seenTemplates.add(regex);
        templates.push(regex);
      }
    }
  }
  // Answers by the key as written: policies repeat the same few keys on every keystroke.
  const answers = new Map<string, boolean>();
  const lookup = (key: string): boolean => {
    if (exact.has(key.toLowerCase())) return true;
    for (const regex of templates) if (regex.test(key)) return true;
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
