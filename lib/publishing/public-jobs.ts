import '#server-only';
import { createHash } from 'node:crypto';
import { createLru } from '../cache/lru';
import type { PublishedJob } from '../posting-store/publishing-store';
import { appPublishingStore as appStore } from './app-publishing-store';
import { buildIndeedFeed } from './indeed-feed';
import { buildLinkedInFeed } from './linkedin-feed';
import { buildSitemap } from './sitemap';

// What the routes call: publishing on the app's database, and the public lists built from it. Every list
// (the /jobs page, the sitemap, both feeds) is built from the live set once and kept until the set's stamp
// changes; the stamp is one small query per request, so a job that leaves (unpublished, revoked, expired,
// closed) leaves every list at that moment, on every instance.

export async function publishPosting(id: string, token: string | undefined) {
  return (await appStore()).publish(id, token);
}

export async function unpublishPosting(id: string, token: string | undefined) {
  return (await appStore()).unpublish(id, token);
}

export async function getPublicJob(id: string) {
  return (await appStore()).getPublicJob(id);
}

let liveCache: { stamp: string; jobs: Promise<PublishedJob[]> } | undefined;

/** The live jobs, newest first, with the stamp they were read under. */
export async function liveJobs(): Promise<{ stamp: string; jobs: PublishedJob[] }> {
  const store = await appStore();
  const now = new Date();
  const { live, lastPublishedAt } = await store.publicationStamp({ now });
  const stamp = `${live}|${lastPublishedAt ?? ''}`;
  if (liveCache?.stamp !== stamp) {
    const jobs = store.listPublicJobs({ now });
    liveCache = { stamp, jobs };
    jobs.catch(() => {
      if (liveCache?.jobs === jobs) liveCache = undefined; // a failed read is retried, not kept
    });
  }
  return { stamp, jobs: await liveCache.jobs };
}

export type PublicDocumentKind = 'indeed' | 'linkedin' | 'sitemap';

export interface PublicDocument {
  /** Names this version of the document (kind, base URL, live set). */
  etag: string;
  /** The document as UTF-8, encoded once: a 1,000-job feed is ~3 MB. */
  bytes: Uint8Array<ArrayBuffer>;
}

const SITEMAP_PAGES = ['/', '/skills', '/jobs'];
// Kept by bytes, not by count: a feed of 1,000 jobs is ~3 MB, the sitemap ~0.1 MB, and every base URL a
// request was addressed to has its own copies. 32 MB holds both feeds and the sitemap of ~5,000 jobs.
const documents = createLru<PublicDocument>(24, { maxBytes: 32 * 1024 * 1024, sizeOf: (d) => d.bytes.byteLength });

/** A feed or the sitemap, built once per (live set, base URL) and served from memory until the set changes. */
export async function publicDocument(kind: PublicDocumentKind, base: string): Promise<PublicDocument> {
  const { stamp, jobs } = await liveJobs();
  const key = `${kind}\u0000${base}\u0000${stamp}`;
  return documents.getOrSet(key, () => {
    const now = new Date();
    const body =
      kind === 'indeed'
        ? buildIndeedFeed(jobs, base, now)
        : kind === 'linkedin'
          ? buildLinkedInFeed(jobs, base, now)
          : buildSitemap(jobs, base, SITEMAP_PAGES);
    return {
      etag: `"${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`,
      bytes: new TextEncoder().encode(body),
    };
  });
}
