/**
 * Monaco snippet text for catalog templates: ARN templates and condition keys carry
 * `${Placeholder}` (or `<placeholder>`) parts that become tab stops, while everything else must
 * be escaped so the snippet engine takes it literally.
 */

const SNIPPET_SPECIALS = /[$}\\]/g;
const HAS_SNIPPET_SPECIAL = /[$}\\]/;

/** Escapes text so a snippet inserts it literally. */
export function escapeSnippet(text: string): string {
  // Nearly every catalog name is free of specials: skip the replace and its allocation.
  return HAS_SNIPPET_SPECIAL.test(text) ? text.replace(SNIPPET_SPECIALS, '\\$&') : text;
}

/** `${Name}` as in ARN templates and condition keys, or `<name>` as in some condition keys. */
const PLACEHOLDER = /\$\{([^}]*)\}|<([^>]*)>/g;

/** Placeholders replaced by a fixed value instead of a tab stop. */
const FIXED: Readonly<Record<string, string>> = {
  // Documented choice: the playground targets the commercial partition, so `${Partition}`
  // becomes `aws` rather than a stop the user would nearly always fill with the same word.
  Partition: 'aws',
};

/**
 * Turns a template into snippet text: each placeholder becomes a numbered tab stop showing its
 * name (the same name twice shares one stop), `${Partition}` becomes `aws`.
 */
export function templateSnippet(template: string): string {
  const stops = new Map<string, number>();
  let out = '';
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    out += escapeSnippet(template.slice(from, match.index));
    from = match.index + match[0].length;
    const name = match[1] ?? match[2] ?? '';
    const fixed = FIXED[name];
    if (fixed !== undefined) {
      out += escapeSnippet(fixed);
      continue;
    }
    let stop = stops.get(name);
    if (stop === undefined) {
      stop = stops.size + 1;
      stops.set(name, stop);
    }
    out += `\${${stop}:${escapeSnippet(name)}}`;
  }
  return out + escapeSnippet(template.slice(from));
}

/** A template as shown to the user: fixed placeholders filled in, the others left as written. */
export function templateLabel(template: string): string {
  return template.replace(PLACEHOLDER, (whole, dollar: string | undefined, angle: string | undefined) => {
    const fixed = FIXED[dollar ?? angle ?? ''];
    return fixed ?? whole;
  });
}
