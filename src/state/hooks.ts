import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';

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
