// POST /api/checks - the findings of every posting check for a draft, and its score; nothing is stored
import { getRoleCatalog } from '@/lib/catalog';
import { checkResultSchema, runChecks } from '@/lib/checks';
import { apiRoute, jsonResponse } from '@/lib/http/api-route';
import { readDraft } from '@/lib/http/read-draft';
import { renderText } from '@/lib/render';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  async POST({ request }) {
    const draft = await readDraft(request);
    const catalog = getRoleCatalog(draft.roleId)!;
    return jsonResponse(checkResultSchema, runChecks(draft, { catalog, renderedText: renderText(draft) }));
  },
});
