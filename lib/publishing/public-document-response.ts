import '#server-only';
import { baseSecurityHeaders } from '../http/security-headers';
import { publicOrigin } from '../http/share-urls';
import { publicDocument, type PublicDocumentKind } from './public-jobs';

const CONTENT_TYPES: Record<PublicDocumentKind, string> = {
  indeed: 'application/xml; charset=utf-8',
  linkedin: 'application/xml; charset=utf-8',
  sitemap: 'application/xml; charset=utf-8',
};

/**
 * A feed or the sitemap as a response. Readers must revalidate (`no-cache`): a job that leaves the live set
 * must leave every copy at once; the ETag makes a revalidation that finds nothing new a bodiless 304.
 */
export async function publicDocumentResponse(request: Request, kind: PublicDocumentKind): Promise<Response> {
  try {
    const document = await publicDocument(kind, publicOrigin(request));
    const { etag } = document;
    const headers: Record<string, string> = {
      ...baseSecurityHeaders,
      'Content-Type': CONTENT_TYPES[kind],
      'Cache-Control': 'public, no-cache',
      ETag: etag,
    };
    const known = request.headers.get('if-none-match');
    if (known && known.split(',').some((tag) => tag.trim() === etag)) {
      return new Response(null, { status: 304, headers });
    }
    // Next compresses the answer itself (and would compress a gzipped body a second time).
    return new Response(new Uint8Array(document.bytes), { status: 200, headers });
  } catch (error) {
    console.error(`[postwright] ${kind} feed failed`, error);
    return new Response('The feed is unavailable right now; try again shortly.\n', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' },
    });
  }
}
