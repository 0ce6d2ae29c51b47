import { setTimeout as sleep } from 'node:timers/promises';
import type { Draft } from '../../lib/shared/draft/draft-schema';
import { disjointVersions, shuffledVersions } from '../../test/support/hostile-diff-drafts';
import { serverCpuMs } from './server-cpu';
import { round, summarize } from './stats';
import { waitsDuring } from './wait-probe';

// Version diffs over HTTP (issue 19): the costliest valid pair of versions, diffed as the API does, and how
// long other requests wait while ten such diffs run at once. Every diff timed is a fresh pair (a posting of
// its own), so none is answered from the kept diffs.

async function twoVersions(baseUrl: string, [first, second]: [Draft, Draft]): Promise<string> {
  const created = await fetch(`${baseUrl}/api/postings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(first),
  });
  if (created.status !== 201) throw new Error(`POST /api/postings answered ${created.status}`);
  const { id, editToken } = (await created.json()) as { id: string; editToken: string };
  const saved = await fetch(`${baseUrl}/api/postings/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editToken}`, 'if-match': '"1"' },
    body: JSON.stringify(second),
  });
  if (saved.status !== 200) throw new Error(`PUT /api/postings/${id} answered ${saved.status}`);
  return id;
}

async function getDiff(baseUrl: string, id: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/postings/${id}/versions/1/diff/2`);
  const body = (await response.json()) as { sections?: { rewritten: boolean }[] };
  if (response.status !== 200 || !body.sections?.some((s) => s.rewritten)) {
    throw new Error(`GET …/versions/1/diff/2 answered ${response.status} without a rewritten section`);
  }
  return performance.now() - started;
}

const postings = (baseUrl: string, pair: () => [Draft, Draft], count: number) =>
  Promise.all(Array.from({ length: count }, () => twoVersions(baseUrl, pair())));

/**
 * Each of `ids` diffed once, one at a time: the latencies, and the server's CPU time for the lot (clock
 * ticks are 10 ms: per diff, only the total divided is meaningful).
 */
async function oneAtATime(baseUrl: string, pid: number, ids: string[]) {
  const samples: number[] = [];
  const cpuBefore = serverCpuMs(pid);
  for (const id of ids) samples.push(await getDiff(baseUrl, id));
  return { ...summarize(samples), serverCpuMsPerDiff: round((serverCpuMs(pid) - cpuBefore) / ids.length, 1) };
}

/** `rounds` batches of ten postings of two versions each. */
async function batchesOf(baseUrl: string, pair: () => [Draft, Draft], rounds: number) {
  const batches: string[][] = [];
  for (let i = 0; i < rounds; i++) batches.push(await postings(baseUrl, pair, 10));
  return batches;
}

/**
 * The catalog, GET in a loop by one client, while each batch's ten diffs are requested at once: the longest
 * any catalog GET waited, and the diffs' own latencies.
 */
async function othersWhileDiffs(baseUrl: string, batches: string[][]) {
  const diffs: number[] = [];
  const { waits } = await waitsDuring(`${baseUrl}/api/catalog/back-end-developer`, async () => {
    await sleep(200);
    for (const batch of batches) {
      diffs.push(...(await Promise.all(batch.map((id) => getDiff(baseUrl, id)))));
      await sleep(100);
    }
  });
  return {
    othersMaxWaitMs: round(Math.max(...waits), 1),
    others: summarize(waits),
    diffs: summarize(diffs),
  };
}

export async function benchDiffs(baseUrl: string, serverPid: number) {
  // Warm the route up before timing it.
  for (const id of await postings(baseUrl, disjointVersions, 3)) await getDiff(baseUrl, id);

  const hostile = await oneAtATime(baseUrl, serverPid, await postings(baseUrl, disjointVersions, 20));
  const shuffled = await oneAtATime(baseUrl, serverPid, await postings(baseUrl, shuffledVersions, 20));
  const [keptId] = await postings(baseUrl, disjointVersions, 1);
  await getDiff(baseUrl, keptId!);
  const kept = summarize(await Promise.all(Array.from({ length: 20 }, () => getDiff(baseUrl, keptId!))));

  const hostileBatches = await batchesOf(baseUrl, disjointVersions, 5);
  const whileHostile = await othersWhileDiffs(baseUrl, hostileBatches);
  const whileShuffled = await othersWhileDiffs(baseUrl, await batchesOf(baseUrl, shuffledVersions, 5));
  // The same requests again, now answered from the kept diffs: what the wait is without any diff worked out
  // (on a busy machine, most of it).
  const whileKept = await othersWhileDiffs(baseUrl, hostileBatches);
  return {
    hostile: { ...hostile, what: 'two versions with no word in common, every text field at its limit' },
    shuffled: { ...shuffled, what: 'two versions of the same four words in other orders, every field at its limit' },
    kept,
    whileHostileDiffs: {
      ...whileHostile,
      settings:
        'GET /api/catalog/back-end-developer in a loop (1 client) while 5 rounds of 10 hostile diffs run at once',
    },
    whileShuffledDiffs: {
      ...whileShuffled,
      settings: 'as above, with the shuffled pairs (every word shared: the diff runs to its edit budget)',
    },
    whileKeptDiffs: {
      ...whileKept,
      settings: 'control, not budgeted: the hostile rounds again, every diff now kept (none worked out)',
    },
  };
}
