/** The catalog actions a command works over: every action, or one service's (`--service`). */

import type { Catalog, CatalogAction } from '../catalog/index';
import { shippedCatalog } from '../lib/catalog';

/** The actions, whether they are the whole catalog, and the catalog; or the problem. */
export type ServiceActions =
  | {
      readonly ok: true;
      readonly catalog: Catalog;
      readonly actions: readonly CatalogAction[];
      readonly wholeCatalog: boolean;
    }
  | { readonly ok: false; readonly problem: string };

/** The shipped catalog's actions of `service` (a prefix), or all of them when it is empty. */
export function serviceActions(command: string, service: string): ServiceActions {
  const catalog = shippedCatalog();
  if (service === '') return { ok: true, catalog, actions: catalog.actions, wholeCatalog: true };
  const found = catalog.findService(service);
  if (found === undefined) return { ok: false, problem: `${command}: unknown service "${service}"` };
  return { ok: true, catalog, actions: found.actions, wholeCatalog: false };
}
