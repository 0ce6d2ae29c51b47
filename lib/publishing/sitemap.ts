import { create } from 'xmlbuilder2';
import type { PublishedJob } from '../posting-store/publishing-store';
import { jobUrl } from './job-urls';

// https://www.sitemaps.org/protocol.html: the public pages, each job with the time its version went up.
// A sitemap file holds at most 50,000 URLs; beyond that the newest are kept.
const SITEMAP_LIMIT = 50_000;

export function buildSitemap(jobs: readonly PublishedJob[], base: string, staticPaths: readonly string[]): string {
  const root = base.replace(/\/+$/, '');
  const urlset = create({ version: '1.0', encoding: 'UTF-8' }).ele('urlset', {
    xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  });
  for (const path of staticPaths) urlset.ele('url').ele('loc').txt(`${root}${path}`);
  for (const job of jobs.slice(0, SITEMAP_LIMIT - staticPaths.length)) {
    const url = urlset.ele('url');
    url.ele('loc').txt(jobUrl(root, job.id));
    url.ele('lastmod').txt(job.publishedAt);
  }
  return urlset.end({ prettyPrint: false });
}

/** Crawlers may read everything but the private share previews, and find the sitemap here. */
export function buildRobotsTxt(base: string): string {
  return `User-agent: *\nDisallow: /p/\nDisallow: /api/\n\nSitemap: ${base.replace(/\/+$/, '')}/sitemap.xml\n`;
}
