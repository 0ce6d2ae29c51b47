import autocannon from 'autocannon';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { createPostingOn, publishOn } from '../server-postings.mjs';
import { loadSummary } from './load-summary';
import { summarize } from './stats';

// The public jobs API under load with 300 published jobs: the whole list on one page (what a careers page
// loads), as a widget asks for it (compressed), and one job with its content. The postings are taken down
// again afterwards, so the publishing part's 1,000 jobs are its own.

const JOBS = 300;

export async function benchJobsApi(baseUrl: string, { duration = 10, connections = 50 } = {}) {
  const published: { id: string; editToken: string }[] = [];
  for (let i = 0; i < JOBS; i += 10) {
    const batch = Array.from({ length: Math.min(10, JOBS - i) }, async (_, k) => {
      const posting = await createPostingOn(baseUrl, {
        ...exampleDraft,
        job: { ...exampleDraft.job, title: `Back End Developer ${i + k}` },
      });
      await publishOn(baseUrl, posting);
      return posting as { id: string; editToken: string };
    });
    published.push(...(await Promise.all(batch)));
  }
  const headers = { 'accept-encoding': 'br, gzip' };
  // Budgeted: the page a careers widget asks for, `/api/jobs` as it comes (its default page of 100 of the 300).
  // Reported beside it: all 300 on one page (`per_page=300`), the largest answer a client can ask for.
  const listUrl = `${baseUrl}/api/jobs`;
  const allUrl = `${baseUrl}/api/jobs?per_page=${JOBS}`;
  const first = (await (await fetch(allUrl)).json()) as { meta: { total: number }; jobs: unknown[] };
  if (first.jobs.length < JOBS) throw new Error(`/api/jobs listed ${first.jobs.length} of ${JOBS} jobs`);
  const jobUrl = `${baseUrl}/api/jobs/${published[0]!.id}`;
  for (let i = 0; i < 50; i++) {
    await (await fetch(listUrl, { headers })).arrayBuffer();
    await (await fetch(allUrl, { headers })).arrayBuffer();
    await (await fetch(jobUrl, { headers })).arrayBuffer();
  }
  const list = await autocannon({ url: listUrl, headers, connections, duration });
  const all = await autocannon({ url: allUrl, headers, connections, duration });
  const one = await autocannon({ url: jobUrl, headers, connections, duration });
  const card = await benchCards(baseUrl, published.slice(1, 21), { duration, connections });

  for (const posting of published) {
    const res = await fetch(`${baseUrl}/api/postings/${posting.id}/publish`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${posting.editToken}` },
    });
    if (res.status !== 204) throw new Error(`unpublishing answered ${res.status}`);
  }
  return {
    liveJobs: first.meta.total,
    list: loadSummary(list),
    allOnOnePage: loadSummary(all),
    job: loadSummary(one),
    card,
  };
}

/**
 * The Open Graph card: drawn on the first request for a published version (`build`: the first request of each
 * of 20 jobs, one at a time, to its last byte), then served from memory (`cached`: the second request of each;
 * `served`: autocannon on one card, as a chat app's crawlers fetch it).
 */
async function benchCards(
  baseUrl: string,
  postings: readonly { id: string }[],
  { duration, connections }: { duration: number; connections: number },
) {
  const fetchCard = async (id: string) => {
    const start = performance.now();
    const response = await fetch(`${baseUrl}/jobs/${id}/card.png`);
    const bytes = (await response.arrayBuffer()).byteLength;
    if (response.status !== 200) throw new Error(`/jobs/${id}/card.png answered ${response.status}`);
    return { ms: performance.now() - start, bytes };
  };
  const build: number[] = [];
  const cached: number[] = [];
  let bytes = 0;
  for (const { id } of postings) {
    const first = await fetchCard(id);
    build.push(first.ms);
    bytes = first.bytes;
    cached.push((await fetchCard(id)).ms);
  }
  const url = `${baseUrl}/jobs/${postings[0]!.id}/card.png`;
  const served = await autocannon({ url, connections, duration });
  return { build: summarize(build), cached: summarize(cached), pngBytes: bytes, served: loadSummary(served) };
}
