import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import type { Draft } from '../../lib/draft/draft-schema';
import { exampleDraft } from '../../lib/draft/example-draft';
import { round, summarize } from './stats';

// Publishing: the public job page under load, and both feeds with 1,000 published postings, rebuilt
// (the first request after a change) and cached.

const FEEDS = ['/feeds/indeed.xml', '/feeds/linkedin.xml'] as const;

async function createAndPublish(baseUrl: string, draft: Draft): Promise<{ id: string; editToken: string }> {
  const created = await fetch(`${baseUrl}/api/postings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(draft),
  });
  if (created.status !== 201) throw new Error(`create failed: ${created.status}`);
  const posting = (await created.json()) as { id: string; editToken: string };
  await publish(baseUrl, posting);
  return posting;
}

async function publish(baseUrl: string, { id, editToken }: { id: string; editToken: string }) {
  const published = await fetch(`${baseUrl}/api/postings/${id}/publish`, {
    method: 'POST',
    headers: { authorization: `Bearer ${editToken}` },
  });
  if (published.status !== 200) throw new Error(`publish failed: ${published.status}`);
}

async function timedGet(url: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms, bytes: body.byteLength };
}

export async function benchPublishing(baseUrl: string, { postings = 1000, duration = 10, connections = 50 } = {}) {
  // 1,000 published postings, each a little different (ten at a time, as a busy site would get them).
  const published: { id: string; editToken: string }[] = [];
  for (let i = 0; i < postings; i += 10) {
    const batch = Array.from({ length: Math.min(10, postings - i) }, (_, k) =>
      createAndPublish(baseUrl, {
        ...exampleDraft,
        job: { ...exampleDraft.job, title: `Back End Developer ${i + k}` },
      }),
    );
    published.push(...(await Promise.all(batch)));
  }
  const jobPath = `/jobs/${published[0]!.id}`;
  for (let i = 0; i < 50; i++) await (await fetch(`${baseUrl}${jobPath}`)).text();
  const page = await autocannon({ url: `${baseUrl}${jobPath}`, connections, duration });

  const feeds: Record<string, unknown> = {};
  const uncachedMedians: number[] = [];
  const cachedMedians: number[] = [];
  for (const path of FEEDS) {
    // Rebuilt: publishing again changes the live set, so the next request builds the feed anew.
    const rebuilt: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 15; i++) {
      await publish(baseUrl, published[i % published.length]!);
      const timed = await timedGet(`${baseUrl}${path}`);
      rebuilt.push(timed.ms);
      bytes = timed.bytes;
    }
    const cached: number[] = [];
    for (let i = 0; i < 100; i++) cached.push((await timedGet(`${baseUrl}${path}`)).ms);
    const rebuiltSummary = summarize(rebuilt);
    const cachedSummary = summarize(cached);
    feeds[path] = { jobs: postings, kb: round(bytes / 1024, 0), rebuilt: rebuiltSummary, cached: cachedSummary };
    uncachedMedians.push(rebuiltSummary.p50Ms);
    cachedMedians.push(cachedSummary.p50Ms);
  }
  return {
    jobPage: {
      requestsPerSecond: round(page.requests.average, 0),
      p50Ms: page.latency.p50,
      p99Ms: page.latency.p99,
      non2xx: page.non2xx,
      errors: page.errors + page.timeouts,
    },
    feeds,
    feedUncachedP50Ms: round(Math.max(...uncachedMedians), 1),
    feedCachedP50Ms: round(Math.max(...cachedMedians), 2),
  };
}
