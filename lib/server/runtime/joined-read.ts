/**
 * A read that callers arriving while it is under way join instead of starting their own: under load, one
 * query answers every request that came in during its round trip. Nothing is kept once it settles, so a
 * caller never gets a result read before the moment it would have started its own read, but for the read's
 * own duration. `restart()` makes the next caller read afresh (after a change this process made).
 */
export function createJoinedRead<T>(read: () => Promise<T>) {
  let underWay: Promise<T> | undefined;
  let reads = 0;
  return {
    get(): Promise<T> {
      if (underWay) return underWay;
      reads++;
      const current = read().finally(() => {
        if (underWay === current) underWay = undefined;
      });
      underWay = current;
      return current;
    },
    restart() {
      underWay = undefined;
    },
    /** How many reads were started (for tests). */
    get reads() {
      return reads;
    },
  };
}
