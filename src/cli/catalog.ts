/** The action catalog for commands that need it, read from disk once per process. */

import type { Catalog } from '../catalog/index';
import { createNodeCatalog } from '../catalog/node';

let catalog: Catalog | undefined;

/** The shipped catalog, loaded on first use. */
export function loadCatalog(): Catalog {
  catalog ??= createNodeCatalog();
  return catalog;
}
