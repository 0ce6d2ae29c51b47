import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { COMMENT_LIMITS } from '../../lib/shared/review/comment-limits';
import { REVIEW_SECTIONS } from '../../lib/shared/review/review-schema';
import { createPostingOn, createReviewLinkOn } from '../server-postings.mjs';
import { loadSummary } from './load-summary';
import { percentile, round } from './stats';

// Issue 19: the reviewer's page of a posting at its comment cap (500 open and 1,500 resolved comments, each
// as long as allowed and made of the characters escaping makes longest: the largest page the cap allows).

const escapeHeavy = (n: number, i: number) => `${i}:${`'&"<>`.repeat(n)}`.slice(0, n);

/** Runs `task` over 0..count-1 with `width` requests in flight. */
async function inParallel(count: number, width: number, task: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

async function send(url: string, init: RequestInit, expected: number) {
  const res = await fetch(url, init);
  const body = await res.text();
  if (res.status !== expected) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${body.slice(0, 200)}`);
  return body;
}

/** A posting brought to the cap over HTTP, with what the bench needs to read and write it. */
export async function postingAtCap(baseUrl: string) {
  const posting = await createPostingOn(baseUrl, exampleDraft);
  const { reviewToken, reviewUrl } = await createReviewLinkOn(baseUrl, posting);
  const commentsUrl = `${baseUrl}/api/postings/${posting.id}/comments`;
  const asReviewer = { 'content-type': 'application/json', authorization: `Bearer ${reviewToken}` };
  const asOwner = { 'content-type': 'application/json', authorization: `Bearer ${posting.editToken}` };
  const resolve = (id: string, resolved: boolean) =>
    send(`${commentsUrl}/${id}`, { method: 'PATCH', headers: asOwner, body: JSON.stringify({ resolved }) }, 200);
  // In rounds of the open cap, each resolved before the next (as an author keeping up would): 1,500 resolved, 500 open.
  const ids: string[] = [];
  for (let round = 0; round < COMMENT_LIMITS.total; round += COMMENT_LIMITS.open) {
    await inParallel(COMMENT_LIMITS.open, 8, async (j) => {
      const i = round + j;
      const body = JSON.stringify({
        version: 1,
        section: REVIEW_SECTIONS[i % REVIEW_SECTIONS.length],
        quote: escapeHeavy(300, i),
        body: escapeHeavy(2000, i),
        author: escapeHeavy(80, i),
      });
      const created = JSON.parse(await send(commentsUrl, { method: 'POST', headers: asReviewer, body }, 201));
      ids[i] = created.comment.id;
    });
    if (round + COMMENT_LIMITS.open < COMMENT_LIMITS.total) {
      await inParallel(COMMENT_LIMITS.open, 8, (j) => resolve(ids[round + j]!, true).then(() => undefined));
    }
  }
  const refused = await fetch(commentsUrl, {
    method: 'POST',
    headers: asReviewer,
    body: JSON.stringify({ version: 1, section: 'pay', body: 'One too many', author: 'Bench' }),
  });
  const refusedCode = ((await refused.json()) as { error?: { code?: string } }).error?.code;
  if (refused.status !== 409 || refusedCode !== 'comment_limit') {
    throw new Error(`the cap did not hold: ${refused.status} ${refusedCode}`);
  }

  return { reviewUrl, commentsUrl, asReviewer, ids, resolve };
}

/**
 * The page's size, its render after a write (nothing kept: 9 GETs, each after a resolve moved the review
 * revision) and autocannon on it (10 s at 16 connections, the concurrency that took 43 s before the cap).
 */
export async function benchReviewAtCap(baseUrl: string, { duration = 10, connections = 16 } = {}) {
  const { reviewUrl, commentsUrl, asReviewer, ids, resolve } = await postingAtCap(baseUrl);
  const page = await send(reviewUrl, {}, 200);
  if (!page.includes(`${COMMENT_LIMITS.open} open comments`)) throw new Error('the review page at the cap is wrong');
  const cold: number[] = [];
  for (let i = 0; i < 9; i++) {
    await resolve(ids.at(-1)!, i % 2 === 0); // resolve, reopen, …: each moves the revision
    const start = performance.now();
    await send(reviewUrl, {}, 200);
    cold.push(performance.now() - start);
  }
  cold.sort((a, b) => a - b);
  const apiPage = await send(commentsUrl, { headers: asReviewer }, 200);
  const run = await autocannon({ url: reviewUrl, connections, duration });
  return {
    comments: { open: COMMENT_LIMITS.open, total: COMMENT_LIMITS.total },
    pageBytes: Buffer.byteLength(page),
    coldRender: { p50Ms: round(percentile(cold, 50), 1), maxMs: round(cold.at(-1)!, 1), samples: cold.length },
    commentsApiDefaultPageBytes: Buffer.byteLength(apiPage),
    reviewPage: loadSummary(run),
    settings: `autocannon ${duration} s at ${connections} connections, 127.0.0.1, production build`,
  };
}
