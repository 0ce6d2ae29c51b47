// POST /api/checks - the findings of every posting check for a draft; nothing is stored
import { getRoleCatalog } from '@/lib/catalog';
import { runChecks } from '@/lib/checks';
import { toErrorResponse } from '@/lib/http/api-error';
import { readDraft } from '@/lib/http/read-draft';
import { renderText } from '@/lib/render';

export async function POST(request: Request) {
  try {
    const draft = await readDraft(request);
    const findings = runChecks(draft, { catalog: getRoleCatalog(draft.roleId)!, renderedText: renderText(draft) });
    return Response.json({ findings }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
