// POST /api/checks?lang= - the findings of every posting check for a draft, and its score, said in `lang`; nothing is stored
import { checkResultSchema } from '@/lib/shared/checks';
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { checksQuerySchema } from '@/lib/shared/checks/checks-contract';
import { readDraft } from '@/lib/server/http/read-draft';
import { liveChecks } from '@/lib/server/render/live-preview';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  async POST({ request, query }) {
    // The query first: a bad `lang` is refused before the body is read.
    const { lang = 'en' } = query(checksQuerySchema);
    const result = liveChecks(await readDraft(request), lang);
    return jsonResponse(checkResultSchema, result, { headers: { 'Content-Language': lang } });
  },
});
