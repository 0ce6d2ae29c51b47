import autocannon from 'autocannon';
import { exampleDraft } from '../../lib/draft/example-draft';
import { createPostingOn, publishOn } from '../server-postings.mjs';
import { loadSummary } from './load-summary';

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

  for (const posting of published) {
    const res = await fetch(`${baseUrl}/api/postings/${posting.id}/publish`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${posting.editToken}` },
    });
    if (res.status !== 204) throw new Error(`unpublishing answered ${res.status}`);
  }
  return { liveJobs: first.meta.total, list: loadSummary(list), allOnOnePage: loadSummary(all), job: loadSummary(one) };
}
