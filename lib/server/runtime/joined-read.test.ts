import { describe, expect, it } from 'vitest';
import { createJoinedRead } from './joined-read';

/** A joined read over reads that each wait for settle(), numbered 1, 2, … in the order they started. */
function joinedDeferredReads() {
  const pending: ((value: number) => void)[] = [];
  let n = 0;
  const read = () =>
    new Promise<number>((resolve) => {
      const value = ++n;
      pending.push(() => resolve(value));
    });
  return { joined: createJoinedRead(read), settle: () => pending.splice(0).forEach((resolve) => resolve(0)) };
}

describe('createJoinedRead', () => {
  it('lets callers that overlap one read share it', async () => {
    const { joined, settle } = joinedDeferredReads();
    const a = joined.get();
    const b = joined.get();
    settle();
    expect(await a).toBe(1);
    expect(await b).toBe(1);
    expect(joined.reads).toBe(1);
  });

  it('keeps nothing once a read settled: the next caller reads again', async () => {
    const { joined, settle } = joinedDeferredReads();
    const first = joined.get();
    settle();
    await first;
    const second = joined.get();
    settle();
    expect(await second).toBe(2);
    expect(joined.reads).toBe(2);
  });

  it('starts a fresh read after restart(), even while one is under way', async () => {
    const { joined, settle } = joinedDeferredReads();
    const before = joined.get();
    joined.restart();
    const after = joined.get();
    settle();
    expect([await before, await after]).toEqual([1, 2]);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const joined = createJoinedRead(async () => {
      if (fail) throw new Error('down');
      return 'ok';
    });
    await expect(joined.get()).rejects.toThrow('down');
    fail = false;
    await expect(joined.get()).resolves.toBe('ok');
  });
});
