import { create, fragment } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { createLru } from '../runtime/lru';
import type { PublishedJob } from './publishing-store';
import { timeSlices } from './time-slices';

// A feed (or the sitemap) is rebuilt whenever the live set changes, but a stored version never changes: each
// job's element is built once with xmlbuilder2, kept as UTF-8, and a rebuild after one publish costs one job,
// not five hundred. The cached pieces are well-formed elements the library wrote; only their order is
// assembled here.
//
// Why incremental assembly on the request thread, not a worker or a per-request stream (measured with 500
// jobs of ~22 KB, 11 MB per feed): what cost seconds was the element cache holding strings (two bytes a
// character) under a bound both feeds overflowed, so every rebuild wrote every element again; kept as bytes
// and sized for both feeds, a rebuild is ~500 cache hits and one new element. What is left (building a
// missing element, copying the pieces into ~64 KB chunks) runs in time slices (./time-slices.ts) with the
// event loop getting a turn between them, so no other request waits more than a slice plus one element.
// A worker would add a copy of every draft to and every element from it for no gain once elements are
// cached; streaming per request would redo the assembly and the compression for every crawler.

/** The largest feed document served: past it, the oldest jobs are left out (see `leftOut`). */
export const MAX_FEED_BYTES = 32 * 1024 * 1024;

/** Pieces are joined into chunks of about this size: few enough for zlib and the response, small to copy. */
const CHUNK_BYTES = 64 * 1024;

// Both feeds at their largest, plus room for a rebuild's new versions: the bound is on bytes, not entries (an
// element is ~3 KB for a usual posting, ~25 KB for a long one, up to ~300 KB near the draft size limit; a
// sitemap entry ~100 bytes). Each entry is counted with its key and ~100 bytes of the LRU's own bookkeeping.
const ELEMENT_CACHE_BYTES = 2 * MAX_FEED_BYTES + 8 * 1024 * 1024;
const jobElements = createLru<Uint8Array>(Infinity, {
  maxBytes: ELEMENT_CACHE_BYTES,
  sizeOf: (element) => element.byteLength + 200,
});
let elementsBuilt = 0;

const utf8 = new TextEncoder();

/**
 * The frame Indeed's and LinkedIn's feeds share: a <source> with one <job> per posting. A job's element is
 * written again only when it was published anew or its closing date moved.
 */
export const SOURCE_OF_JOBS = {
  root: 'source',
  jobElement: 'job',
  jobKey: (job: PublishedJob) => `${job.firstPublishedAt}|${job.closesAt ?? ''}`,
} satisfies Partial<FeedSpec>;

export interface FeedSpec {
  /** Names this feed's way of writing a job (part of each cached element's key). */
  kind: string;
  /** The XML declaration's encoding label (the bytes are UTF-8 either way). */
  encoding?: 'utf-8' | 'UTF-8';
  root: string;
  /** The root's attributes (a namespace). */
  rootAttributes?: Record<string, string>;
  /** The element each job is written in. */
  jobElement: string;
  /** At most this many jobs (the newest)... */
  maxJobs?: number;
  /** ...in at most this many bytes (MAX_FEED_BYTES unless a test says otherwise). */
  maxBytes?: number;
  /** Everything of a job its element is written from besides its version and the base URL. */
  jobKey(job: PublishedJob): string;
  /** The feed's own elements before the jobs; `jobCount` is how many jobs the document holds. */
  writeHead(root: XMLBuilder, jobCount: number): void;
  writeJob(element: XMLBuilder, job: PublishedJob): void;
}

export interface FeedDocument {
  /** The document as UTF-8, in order. Never written to: the pieces may be shared with the element cache. */
  chunks: readonly Uint8Array[];
  byteLength: number;
  /** How many of the live jobs the document holds. */
  jobCount: number;
  /** The oldest live jobs past `maxJobs` or MAX_FEED_BYTES, not in the document. */
  leftOut: number;
}

/** What the element cache holds and how many elements were written since the process started. */
export function feedElementStats() {
  return { entries: jobElements.size, bytes: jobElements.bytes, built: elementsBuilt };
}

function jobElement(spec: FeedSpec, job: PublishedJob, base: string): Uint8Array {
  const key = [spec.kind, base, job.id, job.version, spec.jobKey(job)].join('\u0000');
  return jobElements.getOrSet(key, () => {
    const piece = fragment();
    spec.writeJob(piece.ele(spec.jobElement), job);
    elementsBuilt++;
    return utf8.encode(piece.end({ prettyPrint: false }));
  });
}

/** The head and the closing tag around the jobs, as xmlbuilder2 writes the root with the feed's own children. */
function frame(spec: FeedSpec, jobCount: number): { head: Uint8Array; close: Uint8Array } {
  const root = create({ version: '1.0', encoding: spec.encoding ?? 'utf-8' }).ele(spec.root, spec.rootAttributes);
  spec.writeHead(root, jobCount);
  const whole = root.end({ prettyPrint: false });
  const close = `</${spec.root}>`;
  // With no children xmlbuilder2 writes `<root/>`: every head has children, so it ends with `</root>`.
  if (!whole.endsWith(close)) throw new Error(`${spec.kind} feed head must end with ${close}`);
  return { head: utf8.encode(whole.slice(0, -close.length)), close: utf8.encode(close) };
}

/** Copies pieces into chunks of about CHUNK_BYTES; a piece that size or larger stays a chunk of its own. */
class ChunkWriter {
  readonly chunks: Uint8Array[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  push(piece: Uint8Array) {
    if (piece.byteLength >= CHUNK_BYTES) {
      this.flush();
      this.chunks.push(piece);
      return;
    }
    this.pending.push(piece);
    this.pendingBytes += piece.byteLength;
    if (this.pendingBytes >= CHUNK_BYTES) this.flush();
  }

  flush() {
    if (this.pending.length === 1) this.chunks.push(this.pending[0]!);
    else if (this.pending.length > 1) this.chunks.push(Buffer.concat(this.pending, this.pendingBytes));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * The feed of `jobs` (newest first), assembled in time slices. Byte for byte what xmlbuilder2 writes for the
 * whole tree at once (the test checks it).
 */
export async function buildFeedDocument(
  spec: FeedSpec,
  jobs: readonly PublishedJob[],
  base: string,
): Promise<FeedDocument> {
  const slices = timeSlices();
  // The frame's size depends on the job count only through LinkedIn's expectedJobCount: a frame written for
  // every job is at least as long as the one finally written for fewer.
  const room = (spec.maxBytes ?? MAX_FEED_BYTES) - frameBytes(spec, jobs.length);
  const limit = Math.min(jobs.length, spec.maxJobs ?? Infinity);
  const elements: Uint8Array[] = [];
  let bytes = 0;
  for (const job of jobs.slice(0, limit)) {
    const element = jobElement(spec, job, base);
    if (bytes + element.byteLength > room) break;
    elements.push(element);
    bytes += element.byteLength;
    await slices.pause();
  }
  const { head, close } = frame(spec, elements.length);
  const writer = new ChunkWriter();
  writer.push(head);
  for (const element of elements) {
    writer.push(element);
    await slices.pause();
  }
  writer.push(close);
  writer.flush();
  return {
    chunks: writer.chunks,
    byteLength: head.byteLength + bytes + close.byteLength,
    jobCount: elements.length,
    leftOut: jobs.length - elements.length,
  };
}

function frameBytes(spec: FeedSpec, jobCount: number): number {
  const { head, close } = frame(spec, jobCount);
  return head.byteLength + close.byteLength;
}
