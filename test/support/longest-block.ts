/**
 * Runs `work` while a timer ticking every `tickMs` notes the longest stretch between two of its ticks (or
 * between the last tick and the end): how long another request arriving then would have waited.
 */
export async function withLongestBlock<T>(work: () => Promise<T> | T, tickMs = 1) {
  const start = performance.now();
  let lastTick = start;
  let longestBlockMs = 0;
  const tick = () => {
    const now = performance.now();
    longestBlockMs = Math.max(longestBlockMs, now - lastTick);
    lastTick = now;
  };
  const timer = setInterval(tick, tickMs);
  try {
    const result = await work();
    tick();
    return { result, elapsedMs: performance.now() - start, longestBlockMs };
  } finally {
    clearInterval(timer);
  }
}
