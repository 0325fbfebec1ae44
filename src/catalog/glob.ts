/**
 * Action-pattern globs for catalog lookups: `*` is any run of characters (also empty), `?` exactly
 * one, everything else literal; anchored and case-insensitive, as IAM matches actions (spec §2.1).
 * The engine keeps its own matcher; this one only has to enumerate catalog names.
 */

const REGEX_SPECIALS = /[.+^${}()|[\]\\/]/g;

/** Whether the pattern contains a wildcard character. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** Compiles a glob into an anchored, case-insensitive RegExp. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let previous = '';
  for (const char of pattern) {
    // Runs of `*` collapse to one `.*`: the same language, without backtracking blow-ups.
    if (char === '*') source += previous === '*' ? '' : '.*';
    else if (char === '?') source += '.';
    else source += char.replace(REGEX_SPECIALS, '\\$&');
    previous = char;
  }
  // `s`: a `?` or `*` must also cover a line break, however unlikely in a catalog name.
  return new RegExp(`^${source}$`, 'is');
}
