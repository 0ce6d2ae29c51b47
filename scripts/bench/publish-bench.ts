import autocannon from 'autocannon';
import { get as httpGet } from 'node:http';
import { performance } from 'node:perf_hooks';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Draft } from '../../lib/shared/draft/draft-schema';
import { hostileDrafts } from '../../test/support/hostile-drafts';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { createPostingOn, publishOn, unpublishOn } from '../server-postings.mjs';
import { loadSummary } from './load-summary';
import { round, summarize } from './stats';
import { waitsDuring } from './wait-probe';

// Publishing: the public job page under load, and both feeds with 1,000 published postings, rebuilt
// (the first request after a change) and cached.

const FEEDS = ['/feeds/indeed.xml', '/feeds/linkedin.xml'] as const;

async function createAndPublish(baseUrl: string, draft: Draft): Promise<{ id: string; editToken: string }> {
  const posting = await createPostingOn(baseUrl, draft);
  await publishOn(baseUrl, posting);
  return posting;
}

interface RawGet {
  ms: number;
  raw: Buffer;
  encoding: string | undefined;
}

/** One GET as a job board's crawler makes it (accepting brotli and gzip), timed to the last byte as sent. */
function rawGet(url: string): Promise<RawGet> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = httpGet(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const ms = performance.now() - start;
        if (res.statusCode !== 200) return reject(new Error(`${url} answered ${res.statusCode}`));
        resolve({ ms, raw: Buffer.concat(chunks), encoding: res.headers['content-encoding'] });
      });
    });
    req.on('error', reject);
  });
}

/** The answer decoded (the client's work, timed apart as decodeMs) and checked to be XML. */
function decoded(url: string, { ms, raw, encoding }: RawGet) {
  const decodeStart = performance.now();
  const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
  const decodeMs = performance.now() - decodeStart;
  if (!body.subarray(0, 64).toString().startsWith('<?xml')) throw new Error(`${url}: not XML`);
  return { ms, bytes: body.length, transferredBytes: raw.length, decodeMs };
}

/**
 * One GET, timed from the request to the last byte of the answer as sent. Decoding is the client's work, not
 * the server's: it is timed apart (decodeMs) and checked, but not counted in `ms`. (fetch would decode inside
 * the timing: ~15 ms for a 3 MB feed.)
 */
async function timedGet(url: string) {
  return decoded(url, await rawGet(url));
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

/**
 * Other requests while `work` runs: a client asking for a small answer (robots.txt, no database) back to back,
 * each timed from request to answer. What the slowest waited is what a feed build made others wait.
 */
const othersDuring = <T>(baseUrl: string, work: () => Promise<T>) => waitsDuring(`${baseUrl}/robots.txt`, work);

/**
 * Part `feeds-300` (issue 19): both feeds with 300 long postings (~22 KB of text each, ~7 MB a feed), rebuilt
 * after each publish: first one request at a time, then twelve at once (six a feed, as crawlers arrive), while
 * another client times small requests. The 300 are unpublished at the end, so later parts do not see them.
 */
export async function benchFeedRebuild(baseUrl: string, { postings = 300, rounds = 6 } = {}) {
  const long = hostileDrafts.hardSentences!;
  // Load the feed routes' code first, as a server that has served them once has: the first request of a route
  // loads its modules on the request thread (a one-off second on a busy machine, not the feeds' own work).
  for (const path of FEEDS) await timedGet(`${baseUrl}${path}`);
  const published: { id: string; editToken: string }[] = [];
  for (let i = 0; i < postings; i += 10) {
    const batch = Array.from({ length: Math.min(10, postings - i) }, (_, k) =>
      createAndPublish(baseUrl, { ...long, job: { ...long.job, title: `Back End Developer ${i + k}` } }),
    );
    published.push(...(await Promise.all(batch)));
  }
  try {
    // The control: the same probe with no feed requested, on the same machine at the same moment.
    const idle = await othersDuring(baseUrl, () => new Promise((resolve) => setTimeout(resolve, 3000)));
    // Answers are decoded after the window, so that decoding megabytes here takes no core from the server while
    // it is timed.
    const getAll = async (paths: readonly string[]) => {
      const { result, waits } = await othersDuring(baseUrl, () =>
        Promise.all(paths.map((path) => rawGet(`${baseUrl}${path}`))),
      );
      return { result: result.map((answer, i) => decoded(paths[i]!, answer)), waits };
    };
    // The first build writes every job's element once.
    const cold = await getAll(FEEDS);
    const rebuilt: number[] = [];
    const rebuiltTogether: number[] = [];
    const waits: number[] = [];
    const waitsTogether: number[] = [];
    let bytes = 0;
    for (let round = 0; round < rounds * 2; round++) {
      await publishOn(baseUrl, published[round % published.length]!);
      const together = round >= rounds;
      const requests = together ? FEEDS.flatMap((path) => Array.from({ length: 6 }, () => path)) : [FEEDS[round % 2]!];
      const { result, waits: during } = await getAll(requests);
      (together ? waitsTogether : waits).push(...during);
      (together ? rebuiltTogether : rebuilt).push(Math.max(...result.map((timed) => timed.ms)));
      bytes = Math.max(bytes, ...result.map((timed) => timed.bytes));
    }
    const others = summarize([...waits, ...waitsTogether]);
    return {
      jobs: postings,
      feedKb: round(bytes / 1024, 0),
      coldBuildMs: round(Math.max(...cold.result.map((timed) => timed.ms)), 0),
      rebuilt: summarize(rebuilt),
      rebuiltTwelveAtOnce: summarize(rebuiltTogether),
      otherRequests: {
        noFeedRequested: summarize(idle.waits),
        duringRebuilds: others,
        duringRebuildsOneAtATime: summarize(waits),
        duringRebuildsTwelveAtOnce: summarize(waitsTogether),
        duringColdBuild: summarize(cold.waits),
      },
      rebuildP50Ms: summarize(rebuilt).p50Ms,
      otherRequestMaxMs: others.maxMs,
    };
  } finally {
    for (let i = 0; i < published.length; i += 10) {
      await Promise.all(published.slice(i, i + 10).map((posting) => unpublishOn(baseUrl, posting)));
    }
  }
}
