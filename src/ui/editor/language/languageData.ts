/**
 * A synchronous view of the catalog's lazily loaded parts (service details, global condition
 * keys). Completion and hover code asks for what it needs; a miss starts the load and returns
 * undefined, and {@link computeWhenLoaded} runs the computation again once the loads settle. This
 * keeps the feature logic synchronous and pure while the data arrives asynchronously.
 */
import type { Catalog, GlobalConditionKeys, ServiceDetails } from '../../../catalog';

/** The catalog plus synchronous access to whatever of its lazy data has been loaded. */
export interface LanguageData {
  readonly catalog: Catalog;
  /** The service's details if loaded; otherwise starts loading them and returns undefined. */
  details(prefix: string): ServiceDetails | undefined;
  /** The global condition keys if loaded; otherwise starts loading them and returns undefined. */
  globalKeys(): GlobalConditionKeys | undefined;
  /** A promise for the loads still in flight, or null when nothing is loading. */
  pending(): Promise<void> | null;
}

const cache = new WeakMap<Catalog, LanguageData>();

/** The {@link LanguageData} of a catalog, created once per catalog so loaded data is shared. */
export function languageDataFor(catalog: Catalog): LanguageData {
  let data = cache.get(catalog);
  if (data === undefined) {
    data = createLanguageData(catalog);
    cache.set(catalog, data);
  }
  return data;
}

function createLanguageData(catalog: Catalog): LanguageData {
  // null marks a failed load: asking again on every keystroke would not make it succeed.
  const details = new Map<string, ServiceDetails | null>();
  const loading = new Set<string>();
  let globals: GlobalConditionKeys | null | undefined;
  let globalsLoading = false;
  const inFlight = new Set<Promise<void>>();

  const track = (load: Promise<void>): void => {
    inFlight.add(load);
    void load.finally(() => inFlight.delete(load));
  };

  return {
    catalog,
    details(prefix) {
      const service = catalog.findService(prefix);
      if (service === undefined) return undefined;
      const known = details.get(service.prefix);
      if (known !== undefined) return known ?? undefined;
      if (!loading.has(service.prefix)) {
        loading.add(service.prefix);
        track(
          catalog
            .serviceDetails(service.prefix)
            .then(
              (result) => (result.ok ? result.value : null),
              () => null,
            )
            .then((value) => {
              details.set(service.prefix, value);
              loading.delete(service.prefix);
            }),
        );
      }
      return undefined;
    },
    globalKeys() {
      if (globals !== undefined) return globals ?? undefined;
      if (!globalsLoading) {
        globalsLoading = true;
        track(
          catalog
            .globalConditionKeys()
            .then(
              (result) => (result.ok ? result.value : null),
              () => null,
            )
            .then((value) => {
              globals = value;
            }),
        );
      }
      return undefined;
    },
    pending: () => (inFlight.size === 0 ? null : Promise.all(inFlight).then(() => undefined)),
  };
}

/**
 * Runs `compute`; if it asked for data that was not loaded yet, waits for the loads and runs it
 * again. Bounded: a computation that keeps discovering new services (a key of another service
 * named by the first one's data) gets a few rounds, then returns what it has.
 */
export async function computeWhenLoaded<T>(data: LanguageData | null, compute: () => T): Promise<T> {
  let result = compute();
  for (let round = 0; round < 3 && data !== null; round++) {
    const pending = data.pending();
    if (pending === null) break;
    await pending;
    result = compute();
  }
  return result;
}
