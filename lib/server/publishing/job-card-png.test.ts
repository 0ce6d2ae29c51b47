import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../../shared/draft/example-draft';
import { publishedJob } from './__fixtures__/hostile-job';
import { jobCardPng } from './job-card-png';

describe('jobCardPng', () => {
  it('draws a card once per published version: concurrent and later requests get the same bytes', async () => {
    const job = publishedJob('card-once-aaaaaaaaaaaaa', exampleDraft, { version: 3 });
    const [a, b] = await Promise.all([jobCardPng(job), jobCardPng(job)]);
    expect(a).toBe(b);
    expect(await jobCardPng({ ...job })).toBe(a);
    const meta = await sharp(a).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('draws a new card for a new version', async () => {
    const v1 = publishedJob('card-next-aaaaaaaaaaaaa', exampleDraft, { version: 1 });
    const v2 = publishedJob(
      'card-next-aaaaaaaaaaaaa',
      { ...exampleDraft, job: { ...exampleDraft.job, title: 'Staff Engineer' } },
      { version: 2 },
    );
    const first = await jobCardPng(v1);
    const second = await jobCardPng(v2);
    expect(second).not.toBe(first);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(false);
  });
});
