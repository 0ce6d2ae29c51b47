import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('text hygiene in comments and verdicts (issue 19)', () => {
  const comment = { version: 1, section: 'pay', body: 'Too low?', quote: 'USD 140,000', author: 'Priya' };
  const verdict = { version: 1, verdict: 'changes', author: 'Priya', note: 'See the pay comment.' };
  const char = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));
  const forbidden = fc.oneof(
    char(0, 0x1f).filter((c) => !'\t\n\r'.includes(c)),
    char(0x7f, 0x9f),
    char(0xfdd0, 0xfdef),
    fc
      .tuple(fc.integer({ min: 0, max: 16 }), fc.constantFrom(0xfffe, 0xffff))
      .map(([p, l]) => String.fromCodePoint(p * 0x10000 + l)),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  );
  const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    result.success ? [] : result.error!.issues.map((i) => i.path.join('.'));

  it('refuses control characters, noncharacters and lone surrogates in every text, naming the field', () => {
    fc.assert(
      fc.property(forbidden, fc.nat(8), (c, at) => {
        const put = (text: string) => text.slice(0, at) + c + text.slice(at);
        for (const field of ['body', 'quote', 'author'] as const) {
          expect(issuesOf(commentInputSchema.safeParse({ ...comment, [field]: put(comment[field]) }))).toEqual([field]);
        }
        for (const field of ['author', 'note'] as const) {
          expect(issuesOf(verdictInputSchema.safeParse({ ...verdict, [field]: put(verdict[field]) }))).toEqual([field]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a name that reads as another ("\\u202erenwO" shows as "Owner"), and keeps line breaks in comments', () => {
    for (const author of ['\u202erenwO', 'Priya\u2066', '\u200fPriya', 'Pri\u061cya', 'Priya\nOwner', 'Priya\tOwner']) {
      expect(issuesOf(commentInputSchema.safeParse({ ...comment, author })), JSON.stringify(author)).toEqual([
        'author',
      ]);
      expect(issuesOf(verdictInputSchema.safeParse({ ...verdict, author })), JSON.stringify(author)).toEqual([
        'author',
      ]);
    }
    const multiline = { ...comment, body: 'Too low?\r\n\tCompare: \u200fעברית', quote: 'USD\n140,000' };
    expect(commentInputSchema.safeParse(multiline).success).toBe(true);
    expect(verdictInputSchema.safeParse({ ...verdict, note: 'One.\nTwo.' }).success).toBe(true);
  });

  it('refuses a name with nothing visible in it', () => {
    expect(issuesOf(commentInputSchema.safeParse({ ...comment, author: '\u200b\u2800' }))).toEqual(['author']);
  });
});
