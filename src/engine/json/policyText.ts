/**
 * The text the playground gives a policy document held as an object: two-space indented JSON
 * with a final newline. Every place that turns an object into editor text (AWS managed
 * policies, examples, imports, templates, the effective policy) uses this one rendering, so an
 * untouched AWS managed policy is recognised by its text and collapses to its ARN in links.
 */
export function policyText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
