import '#server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { createLru } from '../runtime/lru';
import { createEncodedBodyCache, encodedBodyResponse } from '../http/encoded-bodies';
import { publicOrigin } from '../http/share-urls';
import { storeOk } from '../http/store-error';
import { cachedJobPageModel } from './job-page';
import {
  jobBodySchema,
  jobsListBodySchema,
  jobsPageSize,
  type JobsListQuery,
} from '../../shared/publishing/jobs-api-contract';
import { findPublicJob, liveJobs } from './public-jobs';
import { publicJobFields } from './public-job-fields';

// The public jobs API's answers. Each body is built once per (live set, base URL, page) and served from memory
// until the live set changes, like the feeds: a request costs the live set's stamp (one small query, shared
// by the requests that arrive during it) and lookups; a revalidation that matches is a 304 with nothing
// built. A live job is found in the live set already in memory, not read again from the database. Readers
// revalidate (`no-cache`) so a job that leaves is gone from every copy at once.

const HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, no-cache' };

// A page of 500 summaries is ~200 KB, one of 50 with their HTML up to a few MB: bounded by bytes.
const bodies = createLru<Uint8Array<ArrayBuffer>>(256, { maxBytes: 32 * 1024 * 1024, sizeOf: (b) => b.byteLength });
const encodedBodies = createEncodedBodyCache({ maxBytes: 8 * 1024 * 1024 });

function encodeJson<S extends $ZodType>(schema: S, body: output<S>): Uint8Array<ArrayBuffer> {
  // Checked against the contract outside production, as jsonResponse does.
  if (process.env.NODE_ENV !== 'production') z.parse(schema, body);
  return new TextEncoder().encode(JSON.stringify(body));
}

// A key's ETag, hashed once: the key holds the base URL a client chose (Host), so it is not sent as it is.
const etags = createLru<string>(1024);
const etagOf = (key: string) =>
  etags.getOrSet(key, () => `"${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`);

function answer(request: Request, key: string, build: () => Uint8Array<ArrayBuffer>): Promise<Response> {
  const etag = etagOf(key);
  return encodedBodyResponse(request, encodedBodies, {
    version: etag,
    etag,
    body: () => bodies.getOrSet(key, build),
    headers: HEADERS,
  });
}

/** GET /api/jobs: one page of the live jobs, newest first. */
export async function jobsListResponse(request: Request, query: JobsListQuery): Promise<Response> {
  const { stamp, jobs } = await liveJobs();
  const base = publicOrigin(request);
  const page = query.page ?? 1;
  const perPage = jobsPageSize(query);
  const content = query.content ?? false;
  const key = `list\u0000${stamp}\u0000${base}\u0000${page}\u0000${perPage}\u0000${content}`;
  return answer(request, key, () =>
    encodeJson(jobsListBodySchema, {
      jobs: jobs.slice((page - 1) * perPage, page * perPage).map((job) => ({
        ...publicJobFields(job, base),
        ...(content ? { content: cachedJobPageModel(job, base).bodyHtml } : {}),
      })),
      meta: { total: jobs.length, page, per_page: perPage },
    }),
  );
}

/** GET /api/jobs/{id}: one live job with its content; 404 if never published, 410 once it left. */
export async function jobResponse(request: Request, id: string): Promise<Response> {
  const result = storeOk(await findPublicJob(id), 'job');
  const { job } = result;
  const base = publicOrigin(request);
  const key = `job\u0000${job.id}\u0000${job.version}\u0000${job.publishedAt}\u0000${base}`;
  return answer(request, key, () =>
    encodeJson(jobBodySchema, { ...publicJobFields(job, base), content: cachedJobPageModel(job, base).bodyHtml }),
  );
}
