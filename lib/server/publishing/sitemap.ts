import type { PublishedJob } from './publishing-store';
import { buildFeedDocument, type FeedDocument, type FeedSpec } from './feed-document';
import { jobUrl } from './job-urls';
import { alternateLinks, alternatesKey, languageAlternates } from './language-alternates';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

// https://www.sitemaps.org/protocol.html: the public pages, each job with the time its version went up.
// A sitemap file holds at most 50,000 URLs (and 50 MB; ours are ~110 bytes each, ~5.5 MB at the limit);
// beyond that the newest are kept. No sitemap index: the live set is read whole into memory for every list,
// which is not built for more than some thousands of jobs (README, Publishing).
export const SITEMAP_LIMIT = 50_000;

// A posting's language versions list each other as xhtml:link alternates, every version the same list
// (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
export function sitemapSpec(
  base: string,
  staticPaths: readonly string[],
  jobs: readonly PublishedJob[] = [],
): FeedSpec {
  const root = base.replace(/\/+$/, '');
  const alternates = languageAlternates(jobs);
  return {
    kind: 'sitemap',
    encoding: 'UTF-8',
    root: 'urlset',
    rootAttributes: { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:xhtml': XHTML_NS },
    jobElement: 'url',
    maxJobs: SITEMAP_LIMIT - staticPaths.length,
    jobKey: (job) => `${job.publishedAt}\u0000${alternatesKey(alternates.get(job.id))}`,
    writeHead(urlset) {
      for (const path of staticPaths) urlset.ele('url').ele('loc').txt(`${root}${path}`);
    },
    writeJob(url, job) {
      url.ele('loc').txt(jobUrl(root, job.id));
      url.ele('lastmod').txt(job.publishedAt);
      for (const link of alternateLinks(alternates.get(job.id) ?? [], root)) {
        // The prefix is bound on urlset; the cached element is written apart from it, so it names no namespace.
        url.ele('xhtml:link', { rel: 'alternate', ...link });
      }
    },
  };
}

export function buildSitemap(
  jobs: readonly PublishedJob[],
  base: string,
  staticPaths: readonly string[],
): Promise<FeedDocument> {
  return buildFeedDocument(sitemapSpec(base, staticPaths, jobs), jobs, base);
}

/** Crawlers may read everything but the private share previews, and find the sitemap here. */
export function buildRobotsTxt(base: string): string {
  return `User-agent: *\nDisallow: /p/\nDisallow: /api/\n\nSitemap: ${base.replace(/\/+$/, '')}/sitemap.xml\n`;
}
