// GET /feeds/linkedin.xml - every published job in LinkedIn's XML job feed format
import { publicDocumentResponse } from '@/lib/server/publishing/public-document-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return publicDocumentResponse(request, 'linkedin');
}
