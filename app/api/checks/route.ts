// POST /api/checks - the findings of every posting check for a draft, and its score; nothing is stored
import { getRoleCatalog } from '@/lib/catalog';
import { runChecks } from '@/lib/checks';
import { toErrorResponse } from '@/lib/http/api-error';
import { readDraft } from '@/lib/http/read-draft';
import { renderText } from '@/lib/render';

export async function POST(request: Request) {
  try {
    const draft = await readDraft(request);
    const result = runChecks(draft, { catalog: getRoleCatalog(draft.roleId)!, renderedText: renderText(draft) });
    return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
