import type { StateCreator } from 'zustand';

import type { Catalog } from '../../catalog';
import type { PlaygroundState } from '../store';

/** The AWS action catalog on the main thread, loaded after first paint. */
export interface CatalogSlice {
  /**
   * The catalog once loaded (an immutable object, shared by reference).
   * @default null
   */
  catalog: Catalog | null;
  /** @default null */
  catalogError: string | null;
}

/** Actions of the catalog slice. */
export interface CatalogActions {
  setCatalog(catalog: Catalog): void;
  setCatalogError(message: string): void;
}

/** Creates the catalog slice. */
export function createCatalogSlice(): StateCreator<
  PlaygroundState,
  [],
  [],
  CatalogSlice & { actions: CatalogActions }
> {
  return (set) => ({
    catalog: null,
    catalogError: null,
    actions: {
      setCatalog: (catalog) => set({ catalog, catalogError: null }),
      setCatalogError: (catalogError) => set({ catalogError }),
    },
  });
}
