import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../../shared/draft/example-draft';
import type { PublishedJob } from './publishing-store';
import { publishedJob } from './__fixtures__/hostile-job';
import { DRAFT_BATCH, readLiveSet, type LiveSetSource } from './live-set';

const now = new Date('2026-06-03T00:00:00Z');
const job = (n: number, version = 1) =>
  publishedJob(
    `job-${n}`,
    { ...exampleDraft, job: { ...exampleDraft.job, title: `Job ${n} v${version}` } },
    { version },
  );

/** A database holding `live`, noting which drafts each read asked for. */
function source(live: () => PublishedJob[]) {
  const asked: string[][] = [];
  const store: LiveSetSource = {
    listPublicJobHeads: async () =>
      live().map(({ id, version, firstPublishedAt, publishedAt, closesAt }) => ({
        id,
        version,
        firstPublishedAt,
        publishedAt,
        closesAt,
      })),
    listPublicJobs: async ({ ids }) => {
      asked.push([...ids]);
      return live().filter((entry) => ids.includes(entry.id));
    },
  };
  return { store, asked };
}

describe('readLiveSet', () => {
  it('reads every draft the first time, a batch at a time', async () => {
    const live = Array.from({ length: 120 }, (_, i) => job(i));
    const { store, asked } = source(() => live);
    expect(await readLiveSet(store, now)).toEqual(live);
    expect(asked.map((ids) => ids.length)).toEqual([DRAFT_BATCH, DRAFT_BATCH, 120 - 2 * DRAFT_BATCH]);
  });

  it('after a change reads only the drafts of new versions, and takes the new dates of the rest', async () => {
    let live = Array.from({ length: 120 }, (_, i) => job(i));
    const { store, asked } = source(() => live);
    const first = await readLiveSet(store, now);
    asked.length = 0;
    // job-5 goes up as version 2, job-200 is new, job-119 is taken down, job-8 is published again (same version).
    live = [
      job(200),
      job(5, 2),
      { ...live[8]!, publishedAt: '2026-06-02T12:00:00.000Z' },
      ...live.slice(0, 119).filter((entry) => !['job-5', 'job-8'].includes(entry.id)),
    ];
    const second = await readLiveSet(store, now, first);
    expect(asked).toEqual([['job-200', 'job-5']]);
    expect(second).toEqual(live);
    expect(second[2]!.draft).toBe(first[8]!.draft); // the very draft read before, not parsed again
  });

  it('leaves out a job taken down between the two reads', async () => {
    const live = [job(1), job(2)];
    const heads = source(() => live).store.listPublicJobHeads;
    const store: LiveSetSource = { listPublicJobHeads: heads, listPublicJobs: async () => [live[1]!] };
    expect((await readLiveSet(store, now)).map((entry) => entry.id)).toEqual(['job-2']);
  });
});
