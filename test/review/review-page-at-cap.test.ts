import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { COMMENT_LIMITS, REVIEW_PAGE_THREAD_SIZE } from '../../lib/shared/review/comment-limits';
import { REVIEW_SECTIONS } from '../../lib/shared/review/review-schema';
import { seedComments } from '../support/seed-comments';

// The reviewer's page of a posting at its cap (500 open and 1,500 resolved comments), through the page route:
// its HTML stays under 1 MB even when every comment is as long as allowed and made of the characters
// that escaping makes longest, and its "Show earlier" links page back through every comment once.
vi.stubEnv('DATABASE_URL', '');
vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(mkdtempSync(path.join(tmpdir(), 'postwright-review-cap-')), 'c.sqlite'));
const { createPosting } = await import('../../lib/server/postings');
const { appReviewStore } = await import('../../lib/server/review/review-store');
const { getDb, closeDb } = await import('../../lib/server/db');
const { pageRoute } = await import('../support/page-route');
const route = await import('../../pages/review/[id]/[token]');

afterAll(() => closeDb());

const MB = 1024 * 1024;
// Every character one React escapes into five or six bytes (`'` → `&#x27;`, `&` → `&amp;`).
const escapeHeavy = (n: number, i: number) => `${i}:${`'&"<>`.repeat(n)}`.slice(0, n);

describe('the review page at the cap', () => {
  let id: string;
  let token: string;
  let ids: string[];
  const get = pageRoute(route.default, route.getServerSideProps);
  const open = async (query = '') => {
    const response = await get(new Request(`http://localhost/review/${id}/${token}${query}`), {
      params: Promise.resolve({ id, token }),
    });
    return { status: response.status, html: await response.text() };
  };

  beforeAll(async () => {
    const created = await createPosting(exampleDraft);
    const link = await (await appReviewStore()).createLink(created.id, created.editToken);
    if (link.status !== 'ok') throw new Error(link.status);
    ({ id } = created);
    token = link.reviewToken;
    ids = await seedComments(await getDb(), id, {
      resolved: COMMENT_LIMITS.total - COMMENT_LIMITS.open,
      open: COMMENT_LIMITS.open,
      body: (i) => escapeHeavy(2000, i),
      quote: (i) => escapeHeavy(300, i),
      author: (i) => escapeHeavy(80, i),
    });
  }, 60_000);

  it('is under 1 MB with every count right, showing each section’s latest comments', async () => {
    const page = await open();
    expect(page.status).toBe(200);
    expect(Buffer.byteLength(page.html)).toBeLessThanOrEqual(MB);
    expect(page.html).toContain(`${COMMENT_LIMITS.open} open comments`);
    const perSection = COMMENT_LIMITS.total / REVIEW_SECTIONS.length;
    expect(page.html).toContain(`Comments on Title (${perSection})`);
    expect(page.html.match(/<li class="grid gap-1 rounded-md border/g)).toHaveLength(
      REVIEW_SECTIONS.length * REVIEW_PAGE_THREAD_SIZE,
    );
    // The newest comment of all is shown (the seeds go round the sections, so it is on the last one).
    expect(page.html).toContain(`${COMMENT_LIMITS.total - 1}:&#x27;`);
  });

  it('is kept once rendered: the next GET reads no comment and renders nothing', async () => {
    await open();
    const snapshot = vi.spyOn(await appReviewStore(), 'snapshot');
    const again = await open();
    expect(again.status).toBe(200);
    expect(snapshot).not.toHaveBeenCalled();
    snapshot.mockRestore();
  });

  it('"Show earlier" links walk one section back to its first comment, each comment once', async () => {
    const section = 'requirements';
    const expected = ids.filter((_, i) => REVIEW_SECTIONS[i % REVIEW_SECTIONS.length] === section);
    const seen: number[] = [];
    let html = (await open()).html;
    for (;;) {
      const thread = html.slice(html.indexOf(`id="section-${section}"`));
      const inThread = thread.slice(0, thread.indexOf('</section>'));
      const shown = [...inThread.matchAll(/<p class="whitespace-pre-line break-words">(\d+):/g)].map((m) =>
        Number(m[1]),
      );
      expect(shown.length).toBeLessThanOrEqual(REVIEW_PAGE_THREAD_SIZE);
      seen.unshift(...shown);
      expect(Buffer.byteLength(html)).toBeLessThanOrEqual(MB);
      const earlier = inThread.match(/<a href="(\?[^"#]*)#section-requirements"[^>]*>Show earlier comments/);
      if (!earlier) break;
      html = (await open(earlier[1]!.replaceAll('&amp;', '&'))).html;
    }
    expect(seen).toHaveLength(expected.length);
    expect(seen.map((i) => ids[i])).toEqual(expected);
  }, 120_000); // 42 pages of the section, each read and rendered afresh
});
