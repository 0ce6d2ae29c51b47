// GET /api/postings/{id}/export?format=F - the stored latest version, rendered as POST /api/render would
import { toErrorResponse } from '@/lib/http/api-error';
import { postingStatusError } from '@/lib/http/posting-status';
import { readRenderOptions, renderResponse } from '@/lib/http/render-response';
import { shareUrls } from '@/lib/http/share-urls';
import { getPosting } from '@/lib/posting-store';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const options = readRenderOptions(new URL(request.url));
    const result = await getPosting(id);
    if (result.status !== 'ok') throw postingStatusError(result);
    const { posting } = result;
    return await renderResponse(request, posting.draft, options, {
      stored: { id: posting.id, version: posting.version },
      datePosted: posting.createdAt.slice(0, 10),
      url: shareUrls(request, posting.id).viewUrl,
      headers: {
        'Cache-Control': 'private, no-cache',
        ETag: `"${posting.version}-${options.format}-${options.template ?? posting.draft.template}${options.format === 'pdf' ? `-${options.pageSize}` : ''}"`,
        'X-Robots-Tag': 'noindex',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
