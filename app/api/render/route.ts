// POST /api/render?format=markdown|html|text|pdf|docx|jsonld - render a draft; nothing is stored
import { toErrorResponse } from '@/lib/http/api-error';
import { readDraft } from '@/lib/http/read-draft';
import { readRenderOptions, renderResponse } from '@/lib/http/render-response';

export async function POST(request: Request) {
  try {
    const options = readRenderOptions(new URL(request.url));
    const draft = await readDraft(request);
    return await renderResponse(request, draft, options, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
