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
      Vary: 'Accept-Encoding',
    };
    const known = request.headers.get('if-none-match');
    if (known && known.split(',').some((tag) => tag.trim() === etag)) {
      return new Response(null, { status: 304, headers });
    }
    // The compressed copy was made once with the document; compressing ~3 MB per request would cost more
    // than everything else the request does.
    if (acceptsGzip(request)) {
      return new Response(new Uint8Array(document.gzipped), {
        status: 200,
        headers: { ...headers, 'Content-Encoding': 'gzip' },
      });
    }
    return new Response(new Uint8Array(document.bytes), { status: 200, headers });
  } catch (error) {
    console.error(`[postwright] ${kind} feed failed`, error);
    return new Response('The feed is unavailable right now; try again shortly.\n', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' },
    });
  }
}

function acceptsGzip(request: Request): boolean {
  return (request.headers.get('accept-encoding') ?? '').split(',').some((part) => {
    const [name, ...params] = part.split(';').map((token) => token.trim().toLowerCase());
    const quality = params.find((param) => param.startsWith('q='));
    return name === 'gzip' && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}
