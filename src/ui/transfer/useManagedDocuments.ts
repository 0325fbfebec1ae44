/** Loads the documents of the AWS managed policies the scenario's documents came from. */
import { useEffect, useState } from 'react';

import type { ManagedPolicyDocument } from '../../managed-policies';
import { loadBundledManagedPolicies } from '../../managed-policies/bundled';

/** Documents by ARN; `ready` is false while loading (a failed load counts as ready, empty). */
export interface ManagedDocuments {
  readonly ready: boolean;
  readonly documents: ReadonlyMap<string, ManagedPolicyDocument>;
}

const NONE: ReadonlyMap<string, ManagedPolicyDocument> = new Map();

/** The documents of `arns`; reloads when the list changes. */
export function useManagedDocuments(arns: readonly string[]): ManagedDocuments {
  const key = arns.join('\n');
  const [loaded, setLoaded] = useState<{ key: string; documents: ManagedDocuments['documents'] } | null>(
    null,
  );
  useEffect(() => {
    if (key === '') return;
    let live = true;
    const load = async () => {
      const documents = new Map<string, ManagedPolicyDocument>();
      try {
        const library = await loadBundledManagedPolicies();
        await Promise.all(
          key.split('\n').map(async (arn) => {
            const result = await library.document(arn);
            if (result.ok) documents.set(arn, result.value);
          }),
        );
      } catch {
        // Without the library the policies are exported as typed, which is still the scenario.
      }
      if (live) setLoaded({ key, documents });
    };
    void load();
    return () => {
      live = false;
    };
  }, [key]);
  if (key === '') return { ready: true, documents: NONE };
  return loaded?.key === key
    ? { ready: true, documents: loaded.documents }
    : { ready: false, documents: NONE };
}
