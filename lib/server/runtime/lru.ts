import { LRUCache } from 'lru-cache';

/** What an LRU may hold in bytes, and how much one value weighs (an estimate is fine; it must not be 0 for big values). */
export interface LruByteBound<T> {
  maxBytes: number;
  sizeOf(value: T): number;
}

/**
 * A least-recently-used map (lru-cache underneath): `get` refreshes an entry, `set` evicts the oldest beyond
 * `capacity` entries and, when `bytes` is given, beyond `bytes.maxBytes` (a value heavier than that alone is
 * returned, not kept). Bound by bytes whatever holds values of very different sizes: a count alone lets 500
 * entries be 500 KB or 500 MB.
 */
export function createLru<T extends NonNullable<unknown>>(capacity: number, bytes?: LruByteBound<T>) {
  // An unbounded count (Infinity) is allowed with a byte bound only: lru-cache then counts bytes alone.
  const max = Number.isFinite(capacity) ? capacity : undefined;
  const cache = new LRUCache<string, T>(
    bytes
      ? {
          max,
          maxSize: Math.max(1, Math.floor(bytes.maxBytes)),
          // lru-cache wants a positive whole number of bytes.
          sizeCalculation: (value) => Math.max(1, Math.ceil(bytes.sizeOf(value))),
        }
      : { max: capacity },
  );
  return {
    get: (key: string): T | undefined => cache.get(key),
    set(key: string, value: T) {
      cache.set(key, value);
    },
    /** Forgets `key` (a value known to be stale). */
    delete(key: string) {
      cache.delete(key);
    },
    /** The cached value for `key`, or `compute()`'s, which is then cached. */
    getOrSet(key: string, compute: () => T): T {
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const value = compute();
      cache.set(key, value);
      return value;
    },
    get size() {
      return cache.size;
    },
    /** The summed `sizeOf` of the entries kept (0 without a byte bound). */
    get bytes() {
      return bytes ? cache.calculatedSize : 0;
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
