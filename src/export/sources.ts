/** Policy sources of a draft: where their documents come from when a command needs the JSON. */

import { listPolicies, policyText } from '../engine';
import type { ManagedPolicyLibrary } from '../managed-policies';
import type { PolicySource, ScenarioDraft } from '../import/types';

/** The document of a managed policy ARN (object or text), or undefined when it is not known. */
export type ManagedDocumentLookup = (arn: string) => Readonly<Record<string, unknown>> | string | undefined;

/** A lookup that knows no managed policy (commands then say which documents are missing). */
export const NO_MANAGED_DOCUMENTS: ManagedDocumentLookup = () => undefined;

/** Every policy source of `draft`, in scenario order. */
export function draftSources(draft: ScenarioDraft): PolicySource[] {
  return listPolicies(draft).map(({ policy }) => policy);
}

/**
 * Loads the documents of every managed policy `draft` references, so the synchronous export
 * functions can use them. References the library does not know are simply absent.
 */
export async function preloadManagedDocuments(
  draft: ScenarioDraft,
  library: ManagedPolicyLibrary,
): Promise<ManagedDocumentLookup> {
  const arns = [
    ...new Set(draftSources(draft).flatMap((source) => ('managedArn' in source ? [source.managedArn] : []))),
  ];
  const documents = new Map<string, Readonly<Record<string, unknown>>>();
  await Promise.all(
    arns.map(async (arn) => {
      const result = await library.document(arn);
      if (result.ok) documents.set(arn, result.value.document);
    }),
  );
  return (arn) => documents.get(arn);
}

/** The policy's JSON text: as typed, or the managed document pretty-printed; null when unknown. */
export function sourceText(source: PolicySource, lookup: ManagedDocumentLookup): string | null {
  if ('text' in source) return source.text;
  const document = lookup(source.managedArn);
  if (document === undefined) return null;
  return typeof document === 'string' ? document : policyText(document);
}
