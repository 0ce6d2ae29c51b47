// GET /sitemap.xml - the public pages and every published job, each with its lastmod
import { publicDocumentResponse } from '@/lib/server/publishing/public-document-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return publicDocumentResponse(request, 'sitemap');
}
