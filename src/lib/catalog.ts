/** The action catalog the library analyses against: the generated files the package ships. */

import { createNodeCatalog } from '../catalog/node';
import type { Catalog } from '../catalog/index';

let catalog: Catalog | undefined;

/**
 * The shipped catalog, read on first use (its index only; a service's details are read when
 * asked for), then kept.
 */
export function shippedCatalog(): Catalog {
  catalog ??= createNodeCatalog();
  return catalog;
}
