/** Loads the bundled AWS managed policy library for a component, on first use. */
import { useEffect, useState } from 'react';

import { loadBundledManagedPolicies } from '../../managed-policies/bundled';
import type { ManagedPolicyLibrary } from '../../managed-policies';

/** The library once loaded, or why it could not be; both null while loading. */
export interface LibraryState {
  readonly library: ManagedPolicyLibrary | null;
  readonly error: string | null;
}

/** Starts loading the library when the component mounts (the chunks are fetched once per page). */
export function useManagedLibrary(): LibraryState {
  const [state, setState] = useState<LibraryState>({ library: null, error: null });
  useEffect(() => {
    let live = true;
    loadBundledManagedPolicies().then(
      (library) => {
        if (live) setState({ library, error: null });
      },
      (error: unknown) => {
        if (live)
          setState({
            library: null,
            error: `The AWS managed policies could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
