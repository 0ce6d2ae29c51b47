import type { PublishedJob, PublishedJobHead } from './publishing-store';

// The live set is read again after every change to it. Its drafts are most of its bytes (kilobytes a job,
// up to the draft size limit), and every one of them used to be read, copied from the database's thread
// and parsed on the request thread in one go, for a change of one job. A stored version never changes:
// the new read takes the heads (id, version, dates) and fetches only the drafts of versions the previous
// read did not hold, a batch at a time, so no single step parses more than a batch.

export interface LiveSetSource {
  listPublicJobHeads(options: { now: Date }): Promise<PublishedJobHead[]>;
  listPublicJobs(options: { now: Date; ids: readonly string[] }): Promise<PublishedJob[]>;
}

/** Drafts fetched per query: a bounded amount to parse at once (and of SQL parameters). */
export const DRAFT_BATCH = 50;

/** The live jobs at `now`, newest first, reusing the drafts of `previous` (an earlier read) where the version is the same. */
export async function readLiveSet(
  source: LiveSetSource,
  now: Date,
  previous: readonly PublishedJob[] = [],
): Promise<PublishedJob[]> {
  const heads = await source.listPublicJobHeads({ now });
  const known = new Map(previous.map((job) => [job.id, job]));
  const reused = (head: PublishedJobHead) => {
    const job = known.get(head.id);
    return job?.version === head.version ? job : undefined;
  };
  const missing = heads.filter((head) => !reused(head)).map((head) => head.id);
  const fetched = new Map<string, PublishedJob>();
  for (let i = 0; i < missing.length; i += DRAFT_BATCH) {
    const batch = await source.listPublicJobs({ now, ids: missing.slice(i, i + DRAFT_BATCH) });
    for (const job of batch) fetched.set(job.id, job);
  }
  return heads.flatMap((head): PublishedJob[] => {
    const job = reused(head);
    if (job) return [{ ...head, draft: job.draft }];
    // Taken down, or published again, between the two reads: the fetch is the newer truth (a job gone from it
    // is left out; the next change of the stamp reads it again).
    const fresh = fetched.get(head.id);
    return fresh ? [fresh] : [];
  });
}
