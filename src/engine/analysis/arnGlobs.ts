/**
 * Compiling Resource entries and catalog ARN templates into {@link Glob}s, cached by text.
 */

import { BoundedCache } from '../match/cache';
import { pushGlobToken, pushLiteral, pushResourceGlob } from '../match/glob';
import { scanVariables } from '../match/variables';
import { globsIntersect, globsSubset, TOKEN, type Glob } from './glob';

const patternCache = new BoundedCache<Glob>(20_000);
const templateCache = new BoundedCache<Glob>(20_000);

/**
 * A Resource/NotResource entry as the engine matches it (`match/resource.ts`): `?` is one
 * non-`:` character, `*` any run without `:`, except a `*` before a `:` or at the end, which
 * may cross `:`. With variables enabled, each `${key}` stands for any text (the glob is then
 * `approximate`: it matches at least what the entry can match), and `${*}`, `${?}`, `${$}`
 * are the literal characters.
 */
export function patternGlob(pattern: string, variablesEnabled: boolean): Glob {
  const withVariables = variablesEnabled && pattern.includes('${');
  const key = (withVariables ? 'v' : 'p') + pattern;
  return patternCache.get(key, () => compilePattern(key, pattern, withVariables));
}

/** `key` becomes the glob's source: the same text compiled with and without variables differs. */
function compilePattern(key: string, pattern: string, withVariables: boolean): Glob {
  const tokens: number[] = [];
  let approximate = false;
  // The matcher's own reading of a Resource entry, so both agree on every `*` and `?`.
  const pushGlob = (text: string, nextChar: string | undefined) =>
    pushResourceGlob(tokens, text, nextChar === undefined || nextChar === ':');
  // Documented choice: a policy variable in a Resource entry stands for any text, so the entry
  // may touch any resource but is never taken to cover one (its value is not known statically).
  if (!withVariables) {
    pushGlob(pattern, undefined);
    return { source: key, tokens: Int32Array.from(tokens), approximate };
  }
  let at = 0;
  for (const token of scanVariables(pattern)) {
    pushGlob(pattern.slice(at, token.start), pattern[token.start]);
    if (token.kind === 'literal') tokens.push(token.char.charCodeAt(0));
    else if (token.kind === 'malformed') pushLiteral(tokens, pattern.slice(token.start, token.end));
    else {
      pushGlobToken(tokens, TOKEN.starAny);
      approximate = true;
    }
    at = token.end;
  }
  pushGlob(pattern.slice(at), undefined);
  return { source: key, tokens: Int32Array.from(tokens), approximate };
}

/**
 * A catalog ARN template (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`) as the set of
 * ARNs it names. `${Partition}` is the caller's partition (a request cannot leave it); any
 * other placeholder, and a `*` in the template, is any text without `:`.
 */
export function templateGlob(template: string, partition: string): Glob {
  const key = `t${partition}\u0000${template}`;
  return templateCache.get(key, () => compileTemplate(key, template, partition));
}

function compileTemplate(key: string, template: string, partition: string): Glob {
  const tokens: number[] = [];
  let colons = 0;
  // Documented choice: names in ARNs are taken to hold no `:`. Otherwise a `*` that ends a
  // segment, which may cross `:` (`arn:aws:ec2:*:*:volume/*`), would reach into every template
  // of the service (`…:instance/i-1:x:volume/y`) and every grant would look partial.
  // Documented choice: `${Partition}` is the caller's partition, since a request cannot
  // leave it (docs/iam-semantics.md's "treat `${Partition}` as aws" for callers in `aws`).
  const star = TOKEN.starSegment;
  for (let i = 0; i < template.length; i++) {
    const char = template[i] as string;
    if (char === '$' && template[i + 1] === '{') {
      const close = template.indexOf('}', i + 2);
      if (close > 0) {
        const name = template.slice(i + 2, close);
        if (colons === 1 && name === 'Partition') {
          for (let k = 0; k < partition.length; k++) tokens.push(partition.charCodeAt(k));
        } else tokens.push(star);
        i = close;
        continue;
      }
    }
    if (char === ':') colons++;
    if (char === '*') tokens.push(star);
    else if (char === '?') tokens.push(TOKEN.one);
    else tokens.push(template.charCodeAt(i));
  }
  return { source: key, tokens: Int32Array.from(tokens), approximate: false };
}

export const relationCache = new BoundedCache<boolean>(100_000);

/** Whether some string matches every glob (cached by the globs' sources). */
export function intersect(globs: readonly Glob[]): boolean {
  if (globs.length === 1) return true;
  let key = 'i';
  for (const glob of globs) key += `\u0001${glob.source}`;
  return relationCache.get(key, () => globsIntersect(globs));
}

/** Whether every string matched by all of `inner` matches `outer` (cached by the sources). */
export function subset(inner: readonly Glob[], outer: Glob): boolean {
  if (outer.source === 'p*') return true;
  let key = `s\u0001${outer.source}`;
  for (const glob of inner) key += `\u0001${glob.source}`;
  return relationCache.get(key, () => globsSubset(inner, outer));
}
