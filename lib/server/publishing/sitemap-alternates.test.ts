import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Draft, Language } from '../../shared/draft/draft-schema';
import { exampleDraft, minimalDraft } from '../../shared/draft/example-draft';
import type { PublishedJob } from './publishing-store';
import { publishedJob } from './__fixtures__/hostile-job';
import type { FeedDocument } from './feed-document';
import { languageAlternates } from './language-alternates';
import { buildSitemap } from './sitemap';

// The sitemap's language alternates, checked against the rules of the sitemap protocol
// (https://www.sitemaps.org/protocol.html) and of Google's xhtml:link extension
// (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap):
// the namespaces bound where used, one loc per url, every alternate an absolute URL listed in the same file,
// each group's list the same on every member (reciprocal, self included), one x-default at most.

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const base = 'https://jobs.example';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'xhtml:link',
});

type Link = { '@rel': string; '@hreflang': string; '@href': string; '@xmlns:xhtml'?: string };
type UrlEntry = { loc: string; lastmod?: string; 'xhtml:link'?: Link[] };

const xmlOf = async (document: Promise<FeedDocument>) => Buffer.concat((await document).chunks).toString('utf8');

/** The parsed sitemap, after every rule that does not depend on which jobs it holds. */
function validSitemap(xml: string): UrlEntry[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const { urlset } = parser.parse(xml) as { urlset: Record<string, unknown> & { url: UrlEntry[] } };
  expect(urlset['@xmlns']).toBe(SITEMAP_NS);
  const xhtmlOnRoot = urlset['@xmlns:xhtml'];
  const locs = new Set<string>();
  for (const url of urlset.url) {
    expect(typeof url.loc).toBe('string');
    expect(url.loc.length).toBeLessThanOrEqual(2048);
    expect(new URL(url.loc).origin).toBe(base);
    expect(locs.has(url.loc), `${url.loc} listed twice`).toBe(false);
    locs.add(url.loc);
    if (url.lastmod) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    for (const link of url['xhtml:link'] ?? []) {
      expect(link['@xmlns:xhtml'] ?? xhtmlOnRoot, 'the xhtml prefix is bound').toBe(XHTML_NS);
      expect(link['@rel']).toBe('alternate');
      expect(link['@hreflang']).toMatch(/^(?:[a-z]{2}|x-default)$/);
      expect(new URL(link['@href']).origin).toBe(base);
    }
  }
  // Reciprocal, self included: every page an entry names lists the very same alternates.
  const byLoc = new Map(urlset.url.map((url) => [url.loc, url]));
  const listOf = (url: UrlEntry) => (url['xhtml:link'] ?? []).map((l) => `${l['@hreflang']} ${l['@href']}`).sort();
  for (const url of urlset.url) {
    const links = url['xhtml:link'] ?? [];
    if (links.length === 0) continue;
    expect(links.map((l) => l['@href'])).toContain(url.loc);
    const languages = links.map((l) => l['@hreflang']);
    expect(new Set(languages).size, 'one link per language').toBe(languages.length);
    expect(languages.filter((l) => l === 'x-default').length).toBeLessThanOrEqual(1);
    for (const link of links) {
      const other = byLoc.get(link['@href']);
      expect(other, `${link['@href']} is in the sitemap`).toBeDefined();
      expect(listOf(other!)).toEqual(listOf(url));
    }
  }
  return urlset.url;
}

const inLanguage = (draft: Draft, language: Language): Draft => ({ ...draft, language });
const member = (id: string, language: Language, groupId: string, firstPublishedAt = '2026-06-01T09:00:00.000Z') =>
  publishedJob(id, inLanguage(exampleDraft, language), { groupId, firstPublishedAt });

describe('sitemap language alternates', () => {
  it('links every live version of a posting to all of them with x-default, and leaves lone jobs alone', async () => {
    const jobs: PublishedJob[] = [
      member('group-de-00000000000001', 'de', 'group-de-00000000000001'),
      member('group-en-00000000000002', 'en', 'group-de-00000000000001'),
      member('group-fr-00000000000003', 'fr', 'group-de-00000000000001'),
      publishedJob('lone-job-0000000000004', minimalDraft),
    ];
    const urls = validSitemap(await xmlOf(buildSitemap(jobs, base, ['/', '/jobs'])));
    const english = urls.find((u) => u.loc === `${base}/jobs/group-en-00000000000002`)!;
    expect(english['xhtml:link']!.map((l) => [l['@hreflang'], l['@href']])).toEqual([
      ['de', `${base}/jobs/group-de-00000000000001`],
      ['en', `${base}/jobs/group-en-00000000000002`],
      ['fr', `${base}/jobs/group-fr-00000000000003`],
      ['x-default', `${base}/jobs/group-de-00000000000001`],
    ]);
    expect(urls.find((u) => u.loc === `${base}/jobs/lone-job-0000000000004`)!['xhtml:link']).toBeUndefined();
    expect(urls.find((u) => u.loc === `${base}/`)!['xhtml:link']).toBeUndefined();
  });

  it('names only live versions: no x-default once the first posting is down, nothing for a version alone', async () => {
    const withoutFirst = [
      member('group-en-00000000000002', 'en', 'group-de-00000000000001'),
      member('group-fr-00000000000003', 'fr', 'group-de-00000000000001'),
    ];
    const urls = validSitemap(await xmlOf(buildSitemap(withoutFirst, base, ['/'])));
    expect(urls[1]!['xhtml:link']!.map((l) => l['@hreflang'])).toEqual(['en', 'fr']);
    const alone = validSitemap(
      await xmlOf(buildSitemap([member('group-en-00000000000002', 'en', 'group-de-00000000000001')], base, ['/'])),
    );
    expect(alone[1]!['xhtml:link']).toBeUndefined();
  });

  it('links one version per language when two published versions share one (the first published wins)', () => {
    const links = languageAlternates([
      member('group-de-00000000000001', 'de', 'group-de-00000000000001'),
      member('late-de-00000000000005', 'de', 'group-de-00000000000001', '2026-06-05T00:00:00.000Z'),
      member('group-en-00000000000002', 'en', 'group-de-00000000000001'),
    ]);
    expect(links.get('late-de-00000000000005')).toBeUndefined();
    expect(links.get('group-en-00000000000002')!.map((l) => l.id)).toEqual([
      'group-de-00000000000001',
      'group-en-00000000000002',
      'group-de-00000000000001',
    ]);
  });

  it('writes an entry again when its group changes (the cached element names its alternates)', async () => {
    const first = member('group-de-00000000000001', 'de', 'group-de-00000000000001');
    const before = validSitemap(await xmlOf(buildSitemap([first], base, ['/'])));
    expect(before[1]!['xhtml:link']).toBeUndefined();
    const after = validSitemap(
      await xmlOf(
        buildSitemap([first, member('group-nl-00000000000006', 'nl', 'group-de-00000000000001')], base, ['/']),
      ),
    );
    expect(after.find((u) => u.loc.endsWith('group-de-00000000000001'))!['xhtml:link']).toHaveLength(3);
  });
});
