import '#server-only';
import { baseSecurityHeaders } from '../http/security-headers';
import type { PublishedJob } from './publishing-store';
import { findPublicJob } from './public-jobs';

/**
 * A file that belongs to one published job (its card, its accent stylesheet): 404 for a job that never was,
 * 410 for one that left, like the page. Revalidated on every use (a job taken down is gone at once); the ETag
 * names the published version, so a revalidation that finds nothing new is a bodiless 304.
 */
export async function jobAssetResponse(
  request: Request,
  id: string,
  kind: string,
  contentType: string,
  body: (job: PublishedJob) => Promise<Uint8Array<ArrayBuffer> | string | undefined>,
): Promise<Response> {
  const result = await findPublicJob(id);
  const plain = { ...baseSecurityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };
  if (result.status !== 'ok') {
    const gone = result.status !== 'not_found';
    return new Response(gone ? 'This job is no longer open.\n' : 'No such job.\n', {
      status: gone ? 410 : 404,
      headers: { ...plain, 'X-Robots-Tag': 'noindex' },
    });
  }
  const etag = `"${kind}-${result.job.version}-${Date.parse(result.job.publishedAt)}"`;
  const headers = { ...baseSecurityHeaders, 'Cache-Control': 'public, no-cache', ETag: etag };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const content = await body(result.job);
  if (content === undefined) return new Response('This job has no such file.\n', { status: 404, headers: plain });
  return new Response(content, { status: 200, headers: { ...headers, 'Content-Type': contentType } });
}
