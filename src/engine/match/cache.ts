/**
 * A size-capped memo for compiled matchers. Policies are small, but a long editing session
 * (or variable substitution with many request contexts) would otherwise grow a plain Map
 * without bound; clearing on overflow keeps the hot path a single `Map.get`.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  /** @param limit - entries kept before the cache is emptied and starts again. */
  constructor(private readonly limit: number) {}

  /** Returns the cached value for `key`, creating it with `make` on a miss. */
  get(key: string, make: (key: string) => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = make(key);
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
