// POST /api/render?format=markdown|html|text|pdf|docx|jsonld - render a draft; nothing is stored
import { apiRoute } from '@/lib/server/http/api-route';
import { readDraft } from '@/lib/server/http/read-draft';
import { readRenderOptions, renderResponse } from '@/lib/server/http/render-response';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  async POST({ request, url }) {
    const options = readRenderOptions(url);
    const draft = await readDraft(request);
    return renderResponse(request, draft, options);
  },
});
