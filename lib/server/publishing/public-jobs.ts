import '#server-only';
import { createHash } from 'node:crypto';
import { createJoinedRead } from '../runtime/joined-read';
import { createLru } from '../runtime/lru';
import { createSharedBuilds } from '../runtime/shared-builds';
import type { PublicJobResult, PublishedJob } from './publishing-store';
import { appPublishingStore as appStore } from './app-publishing-store';
import { buildIndeedFeed } from './indeed-feed';
import { buildLinkedInFeed } from './linkedin-feed';
import { MAX_FEED_BYTES } from './feed-document';
import { readLiveSet } from './live-set';
import { buildSitemap } from './sitemap';
import { languageAlternates, type LanguageAlternate } from './language-alternates';

// What the routes call: publishing on the app's database, and the public lists built from it. Every list
// (the /jobs page, the sitemap, both feeds) is built from the live set once and kept until the set's stamp
// changes; the stamp is one small query per request, so a job that leaves (unpublished, revoked, expired,
// closed) leaves every list at that moment, on every instance.

export async function publishPosting(id: string, token: string | undefined) {
  try {
    return await (await appStore()).publish(id, token);
  } finally {
    stampRead.restart(); // whoever asks after this answer reads the set it made
  }
}

export async function unpublishPosting(id: string, token: string | undefined) {
  try {
    return await (await appStore()).unpublish(id, token);
  } finally {
    stampRead.restart();
  }
}

export async function getPublicJob(id: string) {
  return (await appStore()).getPublicJob(id);
}

interface LiveSet {
  stamp: string;
  jobs: PublishedJob[];
  /** The same jobs by id, made on first use. */
  byId?: Map<string, PublishedJob>;
}

let liveCache: { stamp: string; set: Promise<LiveSet> } | undefined;
let lastLive: PublishedJob[] = [];

// Requests that arrive while the stamp is being read share that read (a public list under load would
// otherwise queue one query per request on the database): each still sees the set as of its arrival, but
// for one query's round trip. This process's own publish and unpublish start a fresh read.
const stampRead = createJoinedRead(async () => {
  const store = await appStore();
  const now = new Date();
  const { live, lastPublishedAt } = await store.publicationStamp({ now });
  return { store, now, stamp: `${live}|${lastPublishedAt ?? ''}` };
});

async function liveSet(): Promise<LiveSet> {
  const { store, now, stamp } = await stampRead.get();
  if (liveCache?.stamp !== stamp) {
    const set = readLiveSet(store, now, lastLive).then((jobs) => {
      lastLive = jobs;
      return { stamp, jobs };
    });
    liveCache = { stamp, set };
    set.catch(() => {
      if (liveCache?.set === set) liveCache = undefined; // a failed read is retried, not kept
    });
  }
  return liveCache.set;
}

/** The live jobs, newest first, with the stamp they were read under. */
export async function liveJobs(): Promise<{ stamp: string; jobs: PublishedJob[] }> {
  const { stamp, jobs } = await liveSet();
  return { stamp, jobs };
}

/**
 * A job as the public sees it now, like getPublicJob, but a live one is taken from the live set in memory
 * (the stamp read only) instead of read with its draft from the database. Only a job not in the set (never
 * published, left, or published since the set was read) is looked up.
 */
export async function findPublicJob(id: string): Promise<PublicJobResult> {
  const set = await liveSet();
  set.byId ??= new Map(set.jobs.map((job) => [job.id, job]));
  const job = set.byId.get(id);
  return job ? { status: 'ok', job } : getPublicJob(id);
}

// Worked out once per live set (the set is a new array after every change).
const alternatesOfSet = new WeakMap<readonly PublishedJob[], Map<string, readonly LanguageAlternate[]>>();

/**
 * The language versions a live job's page links (lib/server/publishing/language-alternates.ts), from the same live
 * set as the sitemap. A job outside any group costs nothing more.
 */
export async function jobAlternates(job: PublishedJob): Promise<readonly LanguageAlternate[]> {
  if (!job.groupId) return [];
  const { jobs } = await liveJobs();
  let alternates = alternatesOfSet.get(jobs);
  if (!alternates) alternatesOfSet.set(jobs, (alternates = languageAlternates(jobs)));
  return alternates.get(job.id) ?? [];
}

export type PublicDocumentKind = 'indeed' | 'linkedin' | 'sitemap';

export interface PublicDocument {
  /** Names this version of the document (kind, base URL, live set). */
  etag: string;
  /** The document as UTF-8, in chunks of ~64 KB (never written to): a 500-job feed can be 12 MB. */
  chunks: readonly Uint8Array[];
  byteLength: number;
}

const SITEMAP_PAGES = ['/', '/skills', '/jobs'];
// Kept by bytes, not by count, and every base URL a request was addressed to has its own copies: the two
// feeds at their largest (MAX_FEED_BYTES each) and a sitemap. Requests that arrive while a version is being
// assembled wait for that one build.
const documents = createSharedBuilds<PublicDocument>(24, {
  maxBytes: 2 * MAX_FEED_BYTES + 8 * 1024 * 1024,
  sizeOf: (d) => d.byteLength,
});

// The key each (kind, base URL) was last built under: a live set that changed never comes back (a publish
// moves the latest time on), so the document of the previous set is dropped as soon as the next one is built.
// An LRU: without POSTWRIGHT_PUBLIC_URL the base comes from the request's Host, which a client chooses.
const latestKeys = createLru<string>(64);

function buildDocument(kind: PublicDocumentKind, jobs: readonly PublishedJob[], base: string) {
  const now = new Date();
  if (kind === 'indeed') return buildIndeedFeed(jobs, base, now);
  if (kind === 'linkedin') return buildLinkedInFeed(jobs, base, now);
  return buildSitemap(jobs, base, SITEMAP_PAGES);
}

/**
 * A feed or the sitemap, built once per (live set, base URL) and served from memory until the set changes.
 * The build runs in time slices (./feed-document.ts), so other requests are served while it runs.
 */
export async function publicDocument(kind: PublicDocumentKind, base: string): Promise<PublicDocument> {
  const { stamp, jobs } = await liveJobs();
  const key = `${kind}\u0000${base}\u0000${stamp}`;
  return documents.get(key, async () => {
    const { chunks, byteLength, jobCount, leftOut } = await buildDocument(kind, jobs, base);
    if (leftOut > 0) {
      console.warn(
        `[postwright] ${kind} holds the newest ${jobCount} of ${jobCount + leftOut} live jobs: no room for more`,
      );
    }
    const previous = latestKeys.get(`${kind}\u0000${base}`);
    if (previous !== undefined && previous !== key) documents.delete(previous);
    latestKeys.set(`${kind}\u0000${base}`, key);
    return { etag: `"${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`, chunks, byteLength };
  });
}
