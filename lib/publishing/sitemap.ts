import type { PublishedJob } from '../posting-store/publishing-store';
import { buildFeedDocument, type FeedDocument, type FeedSpec } from './feed-document';
import { jobUrl } from './job-urls';

// https://www.sitemaps.org/protocol.html: the public pages, each job with the time its version went up.
// A sitemap file holds at most 50,000 URLs (and 50 MB; ours are ~110 bytes each, ~5.5 MB at the limit);
// beyond that the newest are kept. No sitemap index: the live set is read whole into memory for every list,
// which is not built for more than some thousands of jobs (README, Publishing).
export const SITEMAP_LIMIT = 50_000;

export function sitemapSpec(base: string, staticPaths: readonly string[]): FeedSpec {
  const root = base.replace(/\/+$/, '');
  return {
    kind: 'sitemap',
    encoding: 'UTF-8',
    root: 'urlset',
    rootAttributes: { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
    jobElement: 'url',
    maxJobs: SITEMAP_LIMIT - staticPaths.length,
    jobKey: (job) => job.publishedAt,
    writeHead(urlset) {
      for (const path of staticPaths) urlset.ele('url').ele('loc').txt(`${root}${path}`);
    },
    writeJob(url, job) {
      url.ele('loc').txt(jobUrl(root, job.id));
      url.ele('lastmod').txt(job.publishedAt);
    },
  };
}

export function buildSitemap(
  jobs: readonly PublishedJob[],
  base: string,
  staticPaths: readonly string[],
): Promise<FeedDocument> {
  return buildFeedDocument(sitemapSpec(base, staticPaths), jobs, base);
}

/** Crawlers may read everything but the private share previews, and find the sitemap here. */
export function buildRobotsTxt(base: string): string {
  return `User-agent: *\nDisallow: /p/\nDisallow: /api/\n\nSitemap: ${base.replace(/\/+$/, '')}/sitemap.xml\n`;
}
