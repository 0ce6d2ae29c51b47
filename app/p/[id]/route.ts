// GET /p/{id} - the read-only preview page of a shared posting (server-rendered HTML, no client JS)
import { baseSecurityHeaders } from '@/lib/http/security-headers';
import { shareUrls } from '@/lib/http/share-urls';
import { getPosting } from '@/lib/posting-store';
import { renderShareNoticePage } from '@/lib/share-page/render-share-page';
import { cachedSharePage } from '@/lib/share-page/share-page-cache';
import { sharePageCsp } from '@/lib/share-page/share-page-csp';

// The proxy skips this route (the page needs no nonce): its headers are all set here.
const pageHeaders = {
  ...baseSecurityHeaders,
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': sharePageCsp,
  'X-Robots-Tag': 'noindex',
  'Cache-Control': 'private, no-cache',
};

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await getPosting(id);
  if (result.status === 'not_found') {
    return new Response(renderShareNoticePage('not_found'), { status: 404, headers: pageHeaders });
  }
  if (result.status === 'gone') {
    return new Response(renderShareNoticePage(result.reason), { status: 410, headers: pageHeaders });
  }
  const html = cachedSharePage(result.posting, shareUrls(request, id).viewUrl);
  return new Response(html, { status: 200, headers: { ...pageHeaders, ETag: `"${result.posting.version}"` } });
}
