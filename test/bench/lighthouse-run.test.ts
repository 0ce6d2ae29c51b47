import { describe, expect, it } from 'vitest';
import { invalidRunReason } from '../../scripts/bench/lighthouse-bench';

const scored = (score: number | null) => ({
  categories: {
    performance: { score },
    accessibility: { score: 1 },
    'best-practices': { score: 1 },
    seo: { score: 1 },
  },
  environment: { benchmarkIndex: 1000 },
});

describe('invalidRunReason', () => {
  it('accepts a run with every score, a low one included', () => {
    expect(invalidRunReason(scored(0.84))).toBeNull();
    expect(invalidRunReason(scored(0))).toBeNull();
  });

  it('refuses a run with a runtime error or a missing score, so it never enters a median', () => {
    expect(invalidRunReason({ ...scored(null), runtimeError: { code: 'NO_FCP', message: 'No paint' } })).toMatch(
      /^NO_FCP/,
    );
    expect(invalidRunReason(scored(null))).toBe('no score for performance');
  });
});
