import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';

import { RESULTS_BADGE, resultsPhase, type ResultsPhase } from './slices/results';
import type { PlaygroundActions, PlaygroundState, PlaygroundStore } from './store';

/** Provides the store to the component tree (see `main.tsx`). */
export const PlaygroundStoreContext = createContext<PlaygroundStore | null>(null);

function useStoreApi(): PlaygroundStore {
  const store = useContext(PlaygroundStoreContext);
  if (!store) throw new Error('usePlayground must be used inside <PlaygroundStoreContext.Provider>');
  return store;
}

/** Reads from the store; objects and arrays returned by `selector` are compared shallowly. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(useStoreApi(), useShallow(selector));
}

/** The store's actions: a stable object. */
export function usePlaygroundActions(): PlaygroundActions {
  return useStore(useStoreApi(), (state) => state.actions);
}

/*
 * How results that are not final look. The store knows at once (a keystroke makes the results
 * busy, and the results region says `aria-busy` in the same frame); what people see waits a
 * moment: a run on the example is back within tens of milliseconds, and greying and ungreying the
 * results on every keystroke would flicker, and repaint half the page each time.
 */

/** How long results may be busy before they look it (greyed, "Updating…"). */
export const BUSY_GRACE_MS = 150;

/** True once `flag` has been true for `ms` without a break; false as soon as it is not. */
export function useHeldFor(flag: boolean, ms: number): boolean {
  const [held, setHeld] = useState(false);
  // Whether the timer fired: a quick spell ends without touching the state, so without a render.
  const fired = useRef(false);
  useEffect(() => {
    if (!flag) return undefined;
    const timer = setTimeout(() => {
      fired.current = true;
      setHeld(true);
    }, ms);
    return () => {
      clearTimeout(timer);
      if (!fired.current) return;
      fired.current = false;
      setHeld(false);
    };
  }, [flag, ms]);
  return flag && held;
}

/** The results' phase, and whether it shows yet: always, except a busy spell shorter than the grace. */
export function useShownPhase(): { readonly phase: ResultsPhase; readonly shown: boolean } {
  const phase = usePlayground(resultsPhase);
  const slow = useHeldFor(phase === 'busy', BUSY_GRACE_MS);
  return { phase, shown: phase !== 'busy' || slow };
}

/** The word shown beside results that are not final (`RESULTS_BADGE`), once it shows (see {@link useShownPhase}). */
export function useResultsBadge(): string | null {
  const { phase, shown } = useShownPhase();
  return shown ? RESULTS_BADGE[phase] : null;
}
