/** Gives sharing components the URL/autosave sync started in `main.tsx`. */
import { createContext, useContext } from 'react';

import type { SharingController } from '../../sharing';

/** The running sync; null in trees rendered without one (e.g. component tests). */
export const SharingContext = createContext<SharingController | null>(null);

/** The running sync, or null. */
export function useSharing(): SharingController | null {
  return useContext(SharingContext);
}
