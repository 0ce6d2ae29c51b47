import '#server-only';
import { createEncodedBodyCache, encodedBodyResponse } from '../http/encoded-bodies';
import { requestIdOf } from '../http/request-id';
import { baseSecurityHeaders } from '../http/security-headers';
import { publicOrigin } from '../http/share-urls';
import { serverLog } from '../log/server-log';
import { publicDocument, type PublicDocumentKind } from './public-jobs';

const CONTENT_TYPES: Record<PublicDocumentKind, string> = {
  indeed: 'application/xml; charset=utf-8',
  linkedin: 'application/xml; charset=utf-8',
  sitemap: 'application/xml; charset=utf-8',
};

// The gzip and brotli copies of each document version (~60 KB and ~40 KB for a 3 MB feed of one repeated
// posting; real postings differ and compress less, a few MB for a feed at MAX_FEED_BYTES): a cached feed is
// then a lookup and a small write, where compressing 3 MB per request cost ~50 ms.
const encodedDocuments = createEncodedBodyCache({ maxBytes: 16 * 1024 * 1024 });

/**
 * A feed or the sitemap as a response. Readers must revalidate (`no-cache`): a job that leaves the live set
 * must leave every copy at once; the ETag makes a revalidation that finds nothing new a bodiless 304.
 */
export async function publicDocumentResponse(request: Request, kind: PublicDocumentKind): Promise<Response> {
  try {
    const document = await publicDocument(kind, publicOrigin(request));
    return await encodedBodyResponse(request, encodedDocuments, {
      version: document.etag,
      etag: document.etag,
      body: document.chunks,
      headers: { ...baseSecurityHeaders, 'Content-Type': CONTENT_TYPES[kind], 'Cache-Control': 'public, no-cache' },
    });
  } catch (error) {
    serverLog().error({ err: error, requestId: requestIdOf(request), feed: kind }, 'feed failed');
    return new Response('The feed is unavailable right now; try again shortly.\n', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' },
    });
  }
}
