import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validDraft } from '../../../test/support/draft-arbitraries';
import { exampleDraft, minimalDraft } from '../../shared/draft/example-draft';
import { remoteDraft } from '../render/__fixtures__/drafts';
import { hostileDraft, publishedJob } from './__fixtures__/hostile-job';
import type { FeedDocument } from './feed-document';
import { buildIndeedFeed } from './indeed-feed';
import { buildLinkedInFeed } from './linkedin-feed';
import { buildRobotsTxt, buildSitemap } from './sitemap';
import { publicText } from './public-draft';
import { xmlSafeText } from './xml-text';

// Every feed is read back by fast-xml-parser, a parser that shares no code with xmlbuilder2.
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (_name, path) => path === 'source.job' || path === 'urlset.url',
});
const base = 'https://jobs.example';
const builtAt = new Date('2026-06-03T00:00:00Z');

type FeedJob = Record<string, string>;

function parseFeed(xml: string): { source: Record<string, unknown> & { job?: FeedJob[] } } {
  const valid = XMLValidator.validate(xml);
  expect(valid, JSON.stringify(valid)).toBe(true);
  return parser.parse(xml) as { source: Record<string, unknown> & { job?: FeedJob[] } };
}

/** The document's bytes as text. */
const xmlOf = async (document: Promise<FeedDocument>) => Buffer.concat((await document).chunks).toString('utf8');

const expectedText = (text: string) => publicText(text).trim();

describe('xmlSafeText', () => {
  it('drops exactly the characters XML 1.0 forbids', async () => {
    expect(xmlSafeText('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(xmlSafeText('tab\tline\ncr\r é 🚀 \u0085 \u007F')).toBe('tab\tline\ncr\r é 🚀 \u0085 \u007F');
    expect(xmlSafeText('lone \uD800 high')).toBe('lone \uFFFD high');
  });
});

describe('the Indeed feed', () => {
  it('lists each job with every required field, the description as HTML', async () => {
    const feed = parseFeed(
      await xmlOf(buildIndeedFeed([publishedJob('job-example-0000000001', exampleDraft)], base, builtAt)),
    );
    const [job] = feed.source.job!;
    expect(job).toMatchObject({
      title: 'Senior Back End Developer',
      date: '2026-06-01T09:00:00.000Z',
      referencenumber: 'job-example-0000000001',
      url: 'https://jobs.example/jobs/job-example-0000000001',
      company: 'Acme Analytics',
      city: 'Austin',
      state: 'TX',
      country: 'US',
      email: 'jobs@acme.example',
      salary: '$140,000 – $170,000 per year',
      jobtype: 'fulltime',
    });
    expect(job!.description).toContain('<h2>Responsibilities</h2>');
    expect(job!.description).toContain(
      '<li>Model data in PostgreSQL and write queries that stay fast as customers grow.</li>',
    );
  });

  it('leaves salary out when the posting names no pay', async () => {
    const [job] = parseFeed(await xmlOf(buildIndeedFeed([publishedJob('a', minimalDraft)], base, builtAt))).source.job!;
    expect(job).not.toHaveProperty('salary');
    expect(job).toMatchObject({ jobtype: 'fulltime', city: '', state: '', country: '' });
  });

  it('stays well-formed with hostile text in every field, and gives that text back literally', async () => {
    const xml = await xmlOf(buildIndeedFeed([publishedJob('hostile', hostileDraft)], base, builtAt));
    const [job] = parseFeed(xml).source.job!;
    expect(job!.title).toBe(expectedText(hostileDraft.job.title));
    expect(job!.company).toBe(expectedText(hostileDraft.company.name));
    expect(job!.city).toBe(publicText(hostileDraft.job.location!.city!).replace(/\s+/g, ' ').trim());
    expect(job!.state).toBe(publicText(hostileDraft.job.location!.region!).replace(/\s+/g, ' ').trim());
    expect(job!.title).toContain('<script>alert(1)</script> ]]> <![CDATA[x]]> &amp;');
    // The description is HTML: the typed markup arrives escaped, never as elements.
    expect(job!.description).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(job!.description).not.toContain('<script>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('drops what XML 1.0 forbids from a draft stored before the schema refused it', async () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
    const old = { ...hostileDraft, job: { ...hostileDraft.job, title: `Old ${controls} \uD800 \uFFFE\uFFFF` } };
    const xml = await xmlOf(buildIndeedFeed([publishedJob('old', old)], base, builtAt));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('is well-formed for any valid draft', async () => {
    await fc.assert(
      fc.asyncProperty(validDraft, fc.string({ unit: 'binary', maxLength: 40 }), async (draft, noise) => {
        const messy = { ...draft, job: { ...draft.job, title: `${noise}${draft.job.title}` } };
        for (const build of [buildIndeedFeed, buildLinkedInFeed]) {
          expect(XMLValidator.validate(await xmlOf(build([publishedJob('p', messy)], base, builtAt)))).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('the LinkedIn feed', () => {
  it('lists each job with the mandatory fields', async () => {
    const feed = parseFeed(
      await xmlOf(
        buildLinkedInFeed([publishedJob('li-1', exampleDraft), publishedJob('li-2', remoteDraft)], base, builtAt),
      ),
    );
    expect(feed.source.expectedJobCount).toBe('2');
    const [hybrid, remote] = feed.source.job!;
    expect(hybrid).toMatchObject({
      partnerJobId: 'li-1',
      company: 'Acme Analytics',
      title: 'Senior Back End Developer',
      applyUrl: 'https://acme.example/jobs/42',
      location: 'Austin, TX, United States',
      workplaceTypes: 'Hybrid',
      jobtype: 'FULL_TIME',
    });
    expect(hybrid!.description).toContain('<h2>How to apply</h2>');
    expect(remote).toMatchObject({
      partnerJobId: 'li-2',
      location: 'Remote (United States, Canada, Mexico)',
      workplaceTypes: 'Remote',
      country: 'US',
    });
  });

  it('sends email-only postings to the public job page to apply', async () => {
    const [job] = parseFeed(await xmlOf(buildLinkedInFeed([publishedJob('mail', minimalDraft)], base, builtAt))).source
      .job!;
    expect(job!.applyUrl).toBe('https://jobs.example/jobs/mail');
  });

  it('stays well-formed with hostile text in every field', async () => {
    const [job] = parseFeed(await xmlOf(buildLinkedInFeed([publishedJob('hostile', hostileDraft)], base, builtAt)))
      .source.job!;
    expect(job!.title).toBe(expectedText(hostileDraft.job.title));
    expect(job!.company).toBe(expectedText(hostileDraft.company.name));
    expect(job!.applyUrl).toBe(hostileDraft.apply.url);
    expect(job!.description).not.toContain('<script>');
  });
});

describe('feed rebuilds', () => {
  it('reuse each job element only for the same version: a new version, base or closing date is written anew', async () => {
    // Indeed links every job to its page; LinkedIn only when the posting has no application link of its own.
    const feeds = [
      [buildIndeedFeed, exampleDraft],
      [buildLinkedInFeed, { ...exampleDraft, apply: { email: 'jobs@acme.example' } }],
    ] as const;
    for (const [build, draft] of feeds) {
      const first = publishedJob('job-a', draft);
      const renamed = { ...draft, job: { ...draft.job, title: 'Staff Platform Engineer' } };
      const titles = (xml: string) => (parseFeed(xml).source.job ?? []).map((job) => job.title);
      expect(titles(await xmlOf(build([first], base, builtAt)))).toEqual([exampleDraft.job.title]);
      expect(titles(await xmlOf(build([publishedJob('job-a', renamed, { version: 2 })], base, builtAt)))).toEqual([
        'Staff Platform Engineer',
      ]);
      const otherBase = await xmlOf(build([first], 'https://careers.example', builtAt));
      expect(otherBase).toContain('https://careers.example/jobs/job-a');
      expect(otherBase).not.toContain(`${base}/jobs/job-a`);
      const closing = await xmlOf(
        build([publishedJob('job-a', exampleDraft, { closesAt: '2031-01-31T23:59:59.999Z' })], base, builtAt),
      );
      expect(closing).toContain('2031-01-31T23:59:59.999Z');
    }
  });
});

describe('the sitemap and robots.txt', () => {
  it('lists the public pages and each job with its lastmod', async () => {
    const xml = await xmlOf(buildSitemap([publishedJob('s1', exampleDraft)], `${base}/`, ['/', '/jobs']));
    const urls = (parseFeed(xml) as unknown as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url;
    expect(urls).toEqual([
      { loc: 'https://jobs.example/' },
      { loc: 'https://jobs.example/jobs' },
      { loc: 'https://jobs.example/jobs/s1', lastmod: '2026-06-02T09:00:00.000Z' },
    ]);
  });

  it('points to the sitemap and keeps the share previews out', async () => {
    const robots = buildRobotsTxt('https://jobs.example/');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/p\/$/m);
    expect(robots).toMatch(/^Sitemap: https:\/\/jobs\.example\/sitemap\.xml$/m);
    expect(robots).not.toMatch(/^Disallow: \/jobs/m);
  });
});
