import autocannon from 'autocannon';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { REVIEW_SECTIONS } from '../../lib/shared/review/review-schema';
import { createPostingOn, createReviewLinkOn } from '../server-postings.mjs';
import { loadSummary } from './load-summary';

async function shareForReview(baseUrl: string) {
  const posting = await createPostingOn(baseUrl, exampleDraft);
  const { reviewToken, reviewUrl } = await createReviewLinkOn(baseUrl, posting);
  return { id: posting.id, reviewToken, reviewPath: new URL(reviewUrl).pathname };
}

const commentBody = (i: number) =>
  JSON.stringify({
    version: 1,
    section: REVIEW_SECTIONS[i % REVIEW_SECTIONS.length],
    quote: i % 3 === 0 ? 'four years' : undefined,
    body: `Comment ${i}: could this sentence be shorter, and does it say what the team really needs?`,
    author: `Reviewer ${i % 5}`,
  });

/**
 * Postings the comment-create run writes to, in turn. Each takes 500 open comments before it answers 409
 * (the cap of issue 19); 20 leave room for 10,000 creates, more than 10 s at 50 connections make here. On
 * one posting the cap was reached within the first second, and the rest of the run timed refusals.
 */
const POSTINGS_FOR_WRITES = 20;

/**
 * Comment create (review token, 10 s at 50 connections, spread over postings of its own so that every
 * answer is a 201) and the reviewer's page with 50 comments (GET, the same), on 127.0.0.1 against the
 * production server.
 */
export async function benchReview(baseUrl: string, { duration = 10, connections = 50 } = {}) {
  const page = await shareForReview(baseUrl);
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`${baseUrl}/api/postings/${page.id}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${page.reviewToken}` },
      body: commentBody(i),
    });
    if (res.status !== 201) throw new Error(`could not add comment ${i}: ${res.status}`);
  }
  const first = await fetch(`${baseUrl}${page.reviewPath}`);
  const html = await first.text();
  if (first.status !== 200 || !html.includes('Comment 49:'))
    throw new Error(`the review page is wrong: ${first.status}`);
  for (let i = 0; i < 50; i++) await (await fetch(`${baseUrl}${page.reviewPath}`)).text();
  const reviewPage = await autocannon({ url: `${baseUrl}${page.reviewPath}`, connections, duration });

  const targets: Awaited<ReturnType<typeof shareForReview>>[] = [];
  for (let i = 0; i < POSTINGS_FOR_WRITES; i++) targets.push(await shareForReview(baseUrl));
  let sent = 0;
  const commentCreate = await autocannon({
    url: baseUrl,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const target = targets[sent % targets.length]!;
          sent += 1;
          return {
            ...request,
            path: `/api/postings/${target.id}/comments`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${target.reviewToken}` },
            body: commentBody(sent),
          };
        },
      },
    ],
  });
  return {
    reviewPage: { ...loadSummary(reviewPage), comments: 50 },
    commentCreate: { ...loadSummary(commentCreate), postings: POSTINGS_FOR_WRITES },
  };
}
