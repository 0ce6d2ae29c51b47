import { describe, expect, it } from 'vitest';
import { approvedVersion, commentInputSchema, verdictInputSchema } from './review-schema';

describe('approvedVersion', () => {
  const a = (version: number) => ({ version, verdict: 'approve' as const });
  const c = (version: number) => ({ version, verdict: 'changes' as const });
  it('is the latest approved version with no "changes" after it', () => {
    expect(approvedVersion([])).toBeUndefined();
    expect(approvedVersion([a(1)])).toBe(1);
    expect(approvedVersion([a(1), a(3)])).toBe(3);
    expect(approvedVersion([a(1), c(1)])).toBeUndefined();
    expect(approvedVersion([c(1), a(2)])).toBe(2);
    expect(approvedVersion([a(2), c(3)])).toBeUndefined();
    expect(approvedVersion([a(2), c(3), a(3)])).toBe(3);
  });
});

describe('review inputs', () => {
  it('bound every text, refuse blank ones and unknown fields', () => {
    const ok = { version: 1, section: 'pay', body: 'Too low?', author: 'Priya' };
    expect(commentInputSchema.safeParse(ok).success).toBe(true);
    expect(commentInputSchema.safeParse({ ...ok, body: 'x'.repeat(2000), quote: 'q'.repeat(300) }).success).toBe(true);
    for (const bad of [
      { ...ok, body: '' },
      { ...ok, body: '   ' },
      { ...ok, body: 'x'.repeat(2001) },
      { ...ok, author: 'a'.repeat(81) },
      { ...ok, quote: 'q'.repeat(301) },
      { ...ok, section: 'skills' },
      { ...ok, version: 0 },
      { ...ok, version: 1.5 },
      { ...ok, extra: 1 },
    ]) {
      expect(commentInputSchema.safeParse(bad).success).toBe(false);
    }
    expect(verdictInputSchema.safeParse({ version: 2, verdict: 'approve', author: 'P' }).success).toBe(true);
    expect(verdictInputSchema.safeParse({ version: 2, verdict: 'maybe', author: 'P' }).success).toBe(false);
  });
});
