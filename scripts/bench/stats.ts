import { performance } from 'node:perf_hooks';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Times `fn` after a warm-up; p50/p95 in milliseconds. */
export async function timeIt(
  fn: () => unknown,
  { iterations, warmup = Math.ceil(iterations / 10) }: { iterations: number; warmup?: number },
) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50Ms: round(percentile(samples, 50), 3), p95Ms: round(percentile(samples, 95), 3), iterations };
}

/** p50/p95/max of samples already taken, in milliseconds. */
export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50), 1),
    p95Ms: round(percentile(sorted, 95), 1),
    maxMs: round(sorted.at(-1) ?? NaN, 1),
    samples: sorted.length,
  };
}
