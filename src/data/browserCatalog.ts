/**
 * The AWS action catalog in the browser (main thread and worker): the index and every service's
 * details are separate chunks that Vite emits and loads on demand, so none of it is in the
 * initial JavaScript.
 */
import type { Catalog } from '../catalog';

let catalog: Promise<Catalog> | null = null;

/** Loads the catalog once; later calls share the same promise. */
export function loadBrowserCatalog(): Promise<Catalog> {
  // The catalog code comes with its data: neither is in the initial JavaScript.
  catalog ??= Promise.all([
    import('../catalog'),
    import('../catalog/generated/index.json'),
    import('./serviceShards'),
  ]).then(([{ createCatalog }, index, { serviceShards }]) =>
    createCatalog(
      index.default,
      async (prefix) => {
        const load = serviceShards[`../catalog/generated/services/${prefix}.json`];
        if (!load) throw new Error(`no catalog details for service ${prefix}`);
        return load();
      },
      () => import('../catalog/generated/global-condition-keys.json').then((m) => m.default),
    ),
  );
  return catalog;
}
