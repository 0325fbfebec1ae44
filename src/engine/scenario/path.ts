/** JSON paths of scenario fields, as segments (for locating them in text) and as text (for people). */

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Renders segments as `identityPolicies[1].name`; keys that are not identifiers are quoted,
 * e.g. `requests[0].context["aws:SourceIp"]`. The empty path renders as `(scenario)`.
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out.length === 0 ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out.length === 0 ? '(scenario)' : out;
}
