import autocannon from 'autocannon';
import { get as httpGet } from 'node:http';
import { performance } from 'node:perf_hooks';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Draft } from '../../lib/draft/draft-schema';
import { exampleDraft } from '../../lib/draft/example-draft';
import { createPostingOn, publishOn } from '../server-postings.mjs';
import { loadSummary } from './load-summary';
import { round, summarize } from './stats';

// Publishing: the public job page under load, and both feeds with 1,000 published postings, rebuilt
// (the first request after a change) and cached.

const FEEDS = ['/feeds/indeed.xml', '/feeds/linkedin.xml'] as const;

async function createAndPublish(baseUrl: string, draft: Draft): Promise<{ id: string; editToken: string }> {
  const posting = await createPostingOn(baseUrl, draft);
  await publishOn(baseUrl, posting);
  return posting;
}

/**
 * One GET as a job board's crawler makes it (accepting brotli and gzip), timed from the request to the last
 * byte of the answer as sent. Decoding is the client's work, not the server's: it is timed apart (decodeMs)
 * and checked, but not counted in `ms`. (fetch would decode inside the timing: ~15 ms for a 3 MB feed.)
 */
function timedGet(url: string): Promise<{ ms: number; bytes: number; transferredBytes: number; decodeMs: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = httpGet(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const ms = performance.now() - start;
        if (res.statusCode !== 200) return reject(new Error(`${url} answered ${res.statusCode}`));
        const raw = Buffer.concat(chunks);
        const decodeStart = performance.now();
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        const decodeMs = performance.now() - decodeStart;
        if (!body.subarray(0, 64).toString().startsWith('<?xml')) return reject(new Error(`${url}: not XML`));
        resolve({ ms, bytes: body.length, transferredBytes: raw.length, decodeMs });
      });
    });
    req.on('error', reject);
  });
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
    let transferredBytes = 0;
    for (let i = 0; i < 15; i++) {
      await publishOn(baseUrl, published[i % published.length]!);
      const timed = await timedGet(`${baseUrl}${path}`);
      rebuilt.push(timed.ms);
      bytes = timed.bytes;
    }
    const cached: number[] = [];
    const decodes: number[] = [];
    for (let i = 0; i < 100; i++) {
      const timed = await timedGet(`${baseUrl}${path}`);
      cached.push(timed.ms);
      decodes.push(timed.decodeMs);
      transferredBytes = timed.transferredBytes;
    }
    const rebuiltSummary = summarize(rebuilt);
    const cachedSummary = summarize(cached);
    feeds[path] = {
      jobs: postings,
      kb: round(bytes / 1024, 0),
      transferredKb: round(transferredBytes / 1024, 0),
      rebuilt: rebuiltSummary,
      cached: cachedSummary,
      clientDecode: summarize(decodes),
    };
    uncachedMedians.push(rebuiltSummary.p50Ms);
    cachedMedians.push(cachedSummary.p50Ms);
  }
  return {
    jobPage: loadSummary(page),
    feeds,
    feedUncachedP50Ms: round(Math.max(...uncachedMedians), 1),
    feedCachedP50Ms: round(Math.max(...cachedMedians), 2),
  };
}
