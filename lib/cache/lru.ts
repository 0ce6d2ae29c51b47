/** What an LRU may hold in bytes, and how much one value weighs (an estimate is fine; it must not be 0 for big values). */
export interface LruByteBound<T> {
  maxBytes: number;
  sizeOf(value: T): number;
}

/**
 * A small least-recently-used map: `get` refreshes an entry, `set` evicts the oldest beyond `capacity` entries
 * and, when `bytes` is given, beyond `bytes.maxBytes` (a value heavier than that alone is returned, not kept).
 * Bound by bytes whatever holds values of very different sizes: a count alone lets 500 entries be 500 KB or
 * 500 MB.
 */
export function createLru<T>(capacity: number, bytes?: LruByteBound<T>) {
  const entries = new Map<string, { value: T; size: number }>();
  let totalBytes = 0;

  function drop(key: string) {
    const old = entries.get(key);
    if (old === undefined) return;
    entries.delete(key);
    totalBytes -= old.size;
  }

  return {
    get(key: string): T | undefined {
      const hit = entries.get(key);
      if (hit === undefined) return undefined;
      entries.delete(key); // re-inserted last: a Map iterates in insertion order, oldest first
      entries.set(key, hit);
      return hit.value;
    },
    set(key: string, value: T) {
      drop(key);
      const size = bytes ? bytes.sizeOf(value) : 0;
      if (bytes && size > bytes.maxBytes) return;
      entries.set(key, { value, size });
      totalBytes += size;
      for (const oldest of entries.keys()) {
        if (entries.size <= capacity && (!bytes || totalBytes <= bytes.maxBytes)) break;
        drop(oldest);
      }
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
    /** The summed `sizeOf` of the entries kept (0 without a byte bound). */
    get bytes() {
      return totalBytes;
    },
  };
}

/**
 * What a string may occupy in the heap: V8 keeps a string in one byte per character when every character
 * fits in Latin-1 and in two otherwise; two is the bound.
 */
export function stringBytes(...values: readonly (string | undefined)[]): number {
  let sum = 0;
  for (const value of values) sum += (value?.length ?? 0) * 2;
  return sum;
}
