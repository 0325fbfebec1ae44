/** Loads the document of the selected managed policy, lazily and once per selection. */
import { useEffect, useState } from 'react';

import type { ManagedPolicyLibrary } from '../../managed-policies';

/** The selected policy's document text, or why it failed; `loading` until it arrives. */
export type PolicyPreview =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly text: string }
  | { readonly status: 'failed'; readonly message: string };

interface Loaded {
  readonly arn: string;
  readonly preview: PolicyPreview;
}

/** The preview of the policy with ARN `arn` (null: nothing selected). */
export function usePolicyPreview(library: ManagedPolicyLibrary | null, arn: string | null): PolicyPreview {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (library === null || arn === null) return;
    let live = true;
    library.document(arn).then((result) => {
      if (!live) return;
      setLoaded({
        arn,
        preview: result.ok
          ? { status: 'ready', text: result.value.text }
          : { status: 'failed', message: result.error.message },
      });
    });
    return () => {
      live = false;
    };
  }, [library, arn]);
  if (arn === null) return { status: 'none' };
  // A response for an earlier selection is not this one's preview.
  return loaded?.arn === arn ? loaded.preview : { status: 'loading' };
}
