/** A small least-recently-used map: `get` refreshes an entry, `set` evicts the oldest beyond `capacity`. */
export function createLru<T>(capacity: number) {
  const entries = new Map<string, T>();
  return {
    get(key: string): T | undefined {
      const hit = entries.get(key);
      if (hit === undefined) return undefined;
      entries.delete(key); // re-inserted last: a Map iterates in insertion order, oldest first
      entries.set(key, hit);
      return hit;
    },
    set(key: string, value: T) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    },
    /** The cached value for `key`, or `compute()`'s, which is then cached. */
    getOrSet(key: string, compute: () => T): T {
      const hit = this.get(key);
      if (hit !== undefined) return hit;
      const value = compute();
      this.set(key, value);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
