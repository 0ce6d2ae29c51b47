import { createLru, type LruByteBound } from './lru';

/**
 * Values built asynchronously, once per key: kept in an LRU when done, and while one is being built every
 * caller asking for its key waits for that same build (single flight). A failed build is not kept: the next
 * caller tries again.
 */
export function createSharedBuilds<T extends NonNullable<unknown>>(capacity: number, bytes?: LruByteBound<T>) {
  const kept = createLru<T>(capacity, bytes);
  const building = new Map<string, Promise<T>>();
  let builds = 0;
  return {
    get(key: string, build: () => Promise<T>): Promise<T> {
      const hit = kept.get(key);
      if (hit !== undefined) return Promise.resolve(hit);
      let pending = building.get(key);
      if (!pending) {
        builds++;
        pending = build()
          .then((value) => {
            kept.set(key, value);
            return value;
          })
          .finally(() => building.delete(key));
        building.set(key, pending);
      }
      return pending;
    },
    /** Forgets a kept value (a build under way still completes for those waiting on it). */
    delete(key: string) {
      kept.delete(key);
    },
    get stats() {
      return { entries: kept.size, bytes: kept.bytes, building: building.size, builds };
    },
  };
}
