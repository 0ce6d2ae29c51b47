// GET /api/postings/{id}/export?format=F - the stored latest version, rendered as POST /api/render would
import { apiRoute } from '@/lib/server/http/api-route';
import { storeOk } from '@/lib/server/http/store-error';
import { postingIdParams } from '@/lib/shared/postings/postings-contract';
import { readRenderOptions, renderResponse } from '@/lib/server/http/render-response';
import { shareUrls } from '@/lib/server/http/share-urls';
import { getPosting } from '@/lib/server/postings';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  async GET({ request, url, params: { id } }) {
    const options = readRenderOptions(url);
    const result = storeOk(await getPosting(id));
    const { posting } = result;
    const template = options.template ?? posting.draft.template;
    const page = options.format === 'pdf' ? `-${options.pageSize}` : '';
    return renderResponse(request, posting.draft, options, {
      stored: { id: posting.id, version: posting.version },
      datePosted: posting.createdAt.slice(0, 10),
      url: shareUrls(request, posting.id).viewUrl,
      headers: {
        'Cache-Control': 'private, no-cache',
        ETag: `"${posting.version}-${options.format}-${template}${page}"`,
        'X-Robots-Tag': 'noindex',
      },
    });
  },
});
