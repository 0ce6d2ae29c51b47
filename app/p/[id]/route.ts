// GET /p/{id} - the read-only preview page of a shared posting (server-rendered HTML, no client JS)
import { shareUrls } from '@/lib/http/share-urls';
import { getPosting } from '@/lib/postings';
import { renderShareNoticePage, renderSharePage } from '@/lib/share-page/render-share-page';

const pageHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'private, no-cache',
};

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const nonce = request.headers.get('x-nonce') ?? undefined;
  const result = await getPosting(id);
  if (result.status === 'not_found') {
    return new Response(renderShareNoticePage('not_found', nonce), { status: 404, headers: pageHeaders });
  }
  if (result.status === 'gone') {
    return new Response(renderShareNoticePage(result.reason, nonce), { status: 410, headers: pageHeaders });
  }
  const html = renderSharePage({ posting: result.posting, viewUrl: shareUrls(request, id).viewUrl, nonce });
  return new Response(html, { status: 200, headers: { ...pageHeaders, ETag: `"${result.posting.version}"` } });
}
