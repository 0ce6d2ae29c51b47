import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILDER_THREAD_PAGE_SIZE, COMMENT_LIMITS } from '@/lib/shared/review/comment-limits';
import type { CommentCounts } from '@/lib/shared/review/comment-paging';
import { REVIEW_SECTIONS } from '@/lib/shared/review/review-schema';
import { loadPostingReview, withEarlier } from './load-posting-review';

// What the author's views ask the API for: My postings reads counts (never a comment), the builder one
// page per section that has comments. A posting at its cap stays a few small answers.

const counts: CommentCounts = {
  open: COMMENT_LIMITS.open,
  total: COMMENT_LIMITS.total,
  limits: COMMENT_LIMITS,
  sections: Object.fromEntries(
    REVIEW_SECTIONS.map((s) => [s, s === 'pay' || s === 'title' ? { open: 250, total: 1000 } : { open: 0, total: 0 }]),
  ) as CommentCounts['sections'],
};
const comment = (id: string) => ({
  id,
  version: 1,
  section: 'pay' as const,
  body: 'b',
  author: 'a',
  createdAt: '2026-01-01T00:00:00.000Z',
  resolved: false,
});

function stubApi() {
  const urls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    const { pathname } = new URL(url, 'http://localhost');
    if (pathname.endsWith('/comments/counts')) return Response.json(counts);
    if (pathname.endsWith('/reviews')) return Response.json({ reviews: [], latestVersion: 3 });
    if (pathname.endsWith('/comments')) return Response.json({ comments: [comment('c2')], next: '17' });
    return Response.json({ error: { code: 'not_found', message: 'no' } }, { status: 404 });
  });
  return urls;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadPostingReview', () => {
  it('My postings (no threads) reads the counts and verdicts only, never a comment list', async () => {
    const urls = stubApi();
    const loaded = await loadPostingReview('p1', 'tok', { threads: false });
    expect(urls.sort()).toEqual(['/api/postings/p1/comments/counts', '/api/postings/p1/reviews']);
    expect(loaded).toMatchObject({ ok: true, data: { counts: { open: 500, total: 2000 }, threads: {} } });
  });

  it('the builder reads one bounded page of each section that has comments', async () => {
    const urls = stubApi();
    const loaded = await loadPostingReview('p1', 'tok', { threads: true });
    const pages = urls.filter((u) => u.includes('/comments?')).sort();
    expect(pages).toEqual([
      `/api/postings/p1/comments?section=pay&limit=${BUILDER_THREAD_PAGE_SIZE}`,
      `/api/postings/p1/comments?section=title&limit=${BUILDER_THREAD_PAGE_SIZE}`,
    ]);
    expect(loaded.ok && Object.keys(loaded.data.threads).sort()).toEqual(['pay', 'title']);
  });

  it('an error from any call is the error of the load', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({ error: { code: 'gone', message: 'This posting was revoked' } }, { status: 410 }),
    );
    expect(await loadPostingReview('p1', 'tok', { threads: true })).toEqual({
      ok: false,
      code: 'gone',
      message: 'This posting was revoked',
    });
  });
});

describe('withEarlier', () => {
  it('puts the earlier page first, once, and takes its cursor', () => {
    const shown = { comments: [comment('c2'), comment('c3')], next: '17' };
    const earlier = { comments: [comment('c1'), comment('c2')], next: null };
    expect(withEarlier(shown, earlier)).toEqual({
      comments: [comment('c1'), comment('c2'), comment('c3')],
      next: null,
    });
  });
});
