import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../../shared/draft/example-draft';
import type { PublishedJob } from './publishing-store';
import { publishedJob } from './__fixtures__/hostile-job';
import { buildFeedDocument, feedElementStats, type FeedDocument, type FeedSpec } from './feed-document';
import { buildIndeedFeed, indeedFeedSpec } from './indeed-feed';
import { buildLinkedInFeed, linkedInFeedSpec } from './linkedin-feed';
import { buildSitemap, sitemapSpec } from './sitemap';
import { withLongestBlock } from '../../../test/support/longest-block';

// Feeds of hundreds of jobs: built without holding the request thread, the same document as before, and
// rebuilt after a change by writing only the jobs that changed.

const builtAt = new Date('2026-06-03T00:00:00Z');
const PAGES = ['/', '/skills', '/jobs'];
const parser = new XMLParser({
  parseTagValue: false,
  trimValues: false,
  ignoreAttributes: false,
  isArray: (_name, path) => path === 'source.job' || path === 'urlset.url',
});

/** `count` live jobs, newest first, each its own posting (so each is an element of its own). */
function liveSet(count: number, label: string): PublishedJob[] {
  return Array.from({ length: count }, (_, i) => {
    const draft = { ...exampleDraft, job: { ...exampleDraft.job, title: `${label} engineer ${i}` } };
    return publishedJob(`${label}-${String(i).padStart(4, '0')}`, draft, {
      publishedAt: new Date(Date.UTC(2026, 5, 2) - i * 60_000).toISOString(),
    });
  });
}

const text = (document: FeedDocument) => Buffer.concat(document.chunks).toString('utf8');

/** What xmlbuilder2 writes for the whole tree at once: the document before elements were cached. */
function wholeTree(spec: FeedSpec, jobs: readonly PublishedJob[]): string {
  const root = create({ version: '1.0', encoding: spec.encoding ?? 'utf-8' }).ele(spec.root, spec.rootAttributes);
  spec.writeHead(root, jobs.length);
  for (const job of jobs) spec.writeJob(root.ele(spec.jobElement), job);
  return root.end({ prettyPrint: false });
}

describe('a feed of 300+ jobs', () => {
  // Shared by the first two tests: the second finds the elements the first wrote.
  const jobs = liveSet(320, 'big');
  const base = 'https://big.example';

  it('is assembled in slices: the thread is never held for more than a small part of the build', async () => {
    // Warm: the first job rendered loads the Markdown and HTML pipeline once per process.
    await buildIndeedFeed(liveSet(1, 'warm'), 'https://a.example', builtAt);
    await buildLinkedInFeed(liveSet(1, 'warm'), 'https://a.example', builtAt);
    for (const build of [buildIndeedFeed, buildLinkedInFeed]) {
      const { result, elapsedMs, longestBlockMs } = await withLongestBlock(() => build(jobs, base, builtAt));
      // Built in one go (as before) the longest block is the whole build; in slices it is one slice plus one
      // job's element, a few hundredths of the build.
      expect(longestBlockMs, `held ${longestBlockMs} ms of a ${elapsedMs} ms build`).toBeLessThan(elapsedMs / 10);
      expect(text(await result).length).toBeGreaterThan(320 * 1000);
    }
  }, 60_000);

  it('is byte for byte the document xmlbuilder2 writes whole, and parses to every job in order', async () => {
    const cases = [
      [await buildIndeedFeed(jobs, base, builtAt), indeedFeedSpec(base, builtAt)],
      [await buildLinkedInFeed(jobs, base, builtAt), linkedInFeedSpec(base, builtAt)],
      [await buildSitemap(jobs, base, PAGES), sitemapSpec(base, PAGES)],
    ] as const;
    for (const [document, spec] of cases) {
      const xml = text(document);
      expect(xml).toBe(wholeTree(spec, jobs));
      expect(document.byteLength).toBe(Buffer.byteLength(xml));
      expect(document).toMatchObject({ jobCount: 320, leftOut: 0 });
      expect(XMLValidator.validate(xml)).toBe(true);
      const parsed = parser.parse(xml) as {
        source?: { job: Record<string, string>[]; expectedJobCount?: string };
        urlset?: { url: { loc: string }[] };
      };
      if (spec.kind === 'sitemap') {
        expect(parsed.urlset!.url.slice(PAGES.length).map((url) => url.loc)).toEqual(
          jobs.map((job) => `${base}/jobs/${job.id}`),
        );
      } else {
        const ids = parsed.source!.job.map((job) => job.referencenumber ?? job.partnerJobId);
        expect(ids).toEqual(jobs.map((job) => job.id));
      }
      if (spec.kind === 'linkedin') expect(parsed.source!.expectedJobCount).toBe('320');
    }
  }, 60_000);

  it('after a change writes only the jobs that changed, and the feed shows exactly the new live set', async () => {
    const base = 'https://change.example';
    const jobs = liveSet(300, 'change');
    await buildIndeedFeed(jobs, base, builtAt);
    await buildSitemap(jobs, base, PAGES);

    // A new job goes up, job 7 is published again as version 2 (renamed), the oldest is taken down.
    const renamed = { ...jobs[7]!.draft, job: { ...jobs[7]!.draft.job, title: 'Staff Platform Engineer' } };
    const republished = { ...jobs[7]!, version: 2, draft: renamed, publishedAt: '2026-06-02T10:00:00.000Z' };
    const [fresh] = liveSet(1, 'fresh');
    const next = [fresh!, republished, ...jobs.slice(0, 299).filter((job) => job.id !== republished.id)];

    for (const build of [() => buildIndeedFeed(next, base, builtAt), () => buildSitemap(next, base, PAGES)]) {
      const before = feedElementStats().built;
      const xml = text(await build());
      expect(feedElementStats().built - before).toBe(2);
      expect(xml).toContain(`/jobs/${fresh!.id}`);
      expect(xml).not.toContain(`/jobs/${jobs[299]!.id}`);
    }
    const titles = (
      parser.parse(text(await buildIndeedFeed(next, base, builtAt))) as {
        source: { job: { title: string; referencenumber: string }[] };
      }
    ).source.job;
    expect(titles.find((job) => job.referencenumber === republished.id)!.title).toBe('Staff Platform Engineer');
    expect(titles.map((job) => job.referencenumber)).toEqual(next.map((job) => job.id));

    // Publishing the same version again changes the sitemap's lastmod only: the feeds keep the element.
    const again = [{ ...next[0]!, publishedAt: '2026-06-02T11:00:00.000Z' }, ...next.slice(1)];
    let before = feedElementStats().built;
    await buildIndeedFeed(again, base, builtAt);
    expect(feedElementStats().built - before).toBe(0);
    before = feedElementStats().built;
    expect(text(await buildSitemap(again, base, PAGES))).toContain('2026-06-02T11:00:00.000Z');
    expect(feedElementStats().built - before).toBe(1);
  }, 60_000);

  it('past its size limit holds the newest jobs that fit, and says how many it holds', async () => {
    const jobs = liveSet(40, 'capped');
    const base = 'https://capped.example';
    const whole = await buildLinkedInFeed(jobs, base, builtAt);
    const spec = { ...linkedInFeedSpec(base, builtAt), maxBytes: Math.floor(whole.byteLength / 2) };
    const capped = await buildFeedDocument(spec, jobs, base);
    expect(capped.byteLength).toBeLessThanOrEqual(spec.maxBytes);
    expect(capped.jobCount).toBeGreaterThan(10);
    expect(capped.leftOut).toBe(40 - capped.jobCount);
    const xml = text(capped);
    expect(xml).toBe(wholeTree(spec, jobs.slice(0, capped.jobCount)));
    const parsed = parser.parse(xml) as { source: { job: { partnerJobId: string }[]; expectedJobCount: string } };
    expect(parsed.source.expectedJobCount).toBe(String(capped.jobCount));
    expect(parsed.source.job.map((job) => job.partnerJobId)).toEqual(
      jobs.slice(0, capped.jobCount).map((job) => job.id),
    );
    const sitemap = await buildFeedDocument({ ...sitemapSpec(base, PAGES), maxJobs: 7 }, jobs, base);
    expect(sitemap).toMatchObject({ jobCount: 7, leftOut: 33 });
  });
});
