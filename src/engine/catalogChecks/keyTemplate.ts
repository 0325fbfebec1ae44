/**
 * Condition-key templates: the catalog's spelling of keys with a variable part, and whether a key
 * written in a policy instantiates one. The one matcher both the catalog's key tables
 * (`src/catalog/conditionKeys.ts`) and the engine's key checks (`keyMatcher.ts`) use.
 *
 * The Service Authorization Reference writes the variable part as `${TagKey}`-style placeholders
 * (`aws:RequestTag/${TagKey}`, `agent.${Domain}.buildkite.dev:pipeline_id`,
 * `events:Metadata/${MetadataKey}/Matcher`) and, for a few services, as `<key>`
 * (`s3:ExistingObjectTag/<key>`); the IAM User Guide writes the same keys as `aws:RequestTag/tag-key`
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 * Condition key names are not case-sensitive
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html), so
 * the literal text is compared case-insensitively. Tag keys may hold `/`, `:`, spaces and other
 * characters (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html), so a placeholder
 * stands for any non-empty text.
 *
 * Matching never builds a RegExp: the key as written is user text, and a template with several
 * placeholders would make a backtracking one. It takes at most one scan of the key per placeholder.
 */

/** A condition key with a variable part, compiled for matching. */
export interface KeyTemplate {
  /** The key as the catalog spells it. */
  readonly key: string;
  /**
   * The lower-cased literal text around the placeholders: one piece more than there are
   * placeholders, empty where a placeholder starts or ends the key.
   */
  readonly pieces: readonly string[];
  /** Characters of literal text: the more, the more specific the template. */
  readonly literalLength: number;
}

// Catalog text only (never user text): `${Name}` and `<name>` placeholders.
const PLACEHOLDER = /\$\{[^}]*\}|<[^>]*>/g;
/**
 * Documented choice: a key ending in `Tag/tag-key` (the reference's spelling of
 * `secretsmanager:ResourceTag/tag-key` and `ssm:resourceTag/tag-key`, and the IAM User Guide's of
 * every tag key) or in a bare `Tag/` (`glacier:ResourceTag/`, `elasticloadbalancing:ResourceTag/`,
 * `sagemaker:ResourceTag/`, whose descriptions speak of a tag key after that prefix) takes a tag
 * key there, as `${TagKey}` does. AWS's own policies write
 * `secretsmanager:ResourceTag/aws:secretsmanager:owningService` and `glacier:ResourceTag/LegalHold`.
 */
const TAG_SUFFIX = /tag\/(?:tag-key)?$/i;

/** The template of a catalog key, or null for a plain key (matched by equality alone). */
export function parseKeyTemplate(key: string): KeyTemplate | null {
  const pieces: string[] = [];
  let from = 0;
  for (const match of key.matchAll(PLACEHOLDER)) {
    pieces.push(key.slice(from, match.index).toLowerCase());
    from = match.index + match[0].length;
  }
  let rest = key.slice(from);
  const tag = TAG_SUFFIX.exec(rest);
  if (tag !== null) {
    pieces.push(rest.slice(0, tag.index + 'tag/'.length).toLowerCase());
    rest = '';
  }
  if (pieces.length === 0) return null;
  pieces.push(rest.toLowerCase());
  return { key, pieces, literalLength: pieces.reduce((sum, piece) => sum + piece.length, 0) };
}

/**
 * Whether `key`, as written in a policy, instantiates the template: its literal pieces in order,
 * case-insensitively, with non-empty text in place of each placeholder.
 */
export function keyMatchesTemplate(template: KeyTemplate, key: string): boolean {
  const { pieces } = template;
  const text = key.toLowerCase();
  const first = pieces[0] ?? '';
  const last = pieces[pieces.length - 1] ?? '';
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  // Where the last piece starts; every placeholder needs at least one character before it.
  const end = text.length - last.length;
  let from = first.length;
  // The leftmost fit of each middle piece leaves the most room for the pieces after it, so a
  // first fit that fails means every fit fails: no backtracking needed.
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i] ?? '';
    const at = text.indexOf(piece, from + 1);
    if (at < 0 || at + piece.length >= end) return false;
    from = at + piece.length;
  }
  return from < end;
}
