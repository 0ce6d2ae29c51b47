import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectWhenIdle, memoryReducingCollection } from './idle-collection';

describe('collectWhenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('collects once the quiet time has passed after the last job, and not while jobs keep coming', () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    const idle = collectWhenIdle(collect, 1_000);

    idle.jobStarted();
    idle.jobEnded();
    vi.advanceTimersByTime(900);
    idle.jobStarted(); // the next job of a burst: no collection while it runs
    vi.advanceTimersByTime(5_000);
    expect(collect).not.toHaveBeenCalled();

    idle.jobEnded();
    vi.advanceTimersByTime(999);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(collect).toHaveBeenCalledTimes(1);
  });
});

describe('memoryReducingCollection', () => {
  it('frees garbage and gives its pages back: the heap shrinks', () => {
    const collect = memoryReducingCollection();
    collect();
    const before = process.memoryUsage().heapTotal;
    let garbage: number[][] | undefined = Array.from({ length: 200 }, () =>
      Array.from({ length: 50_000 }, (_, i) => i),
    );
    const grown = process.memoryUsage().heapTotal;
    expect(grown - before).toBeGreaterThan(40 * 1024 * 1024);
    garbage = undefined;
    collect();
    expect(garbage).toBeUndefined();
    expect(process.memoryUsage().heapTotal).toBeLessThan(before + (grown - before) / 4);
  });
});
