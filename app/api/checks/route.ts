// POST /api/checks - the findings of every posting check for a draft, and its score; nothing is stored
import { checkResultSchema } from '@/lib/checks';
import { apiRoute, jsonResponse } from '@/lib/http/api-route';
import { readDraft } from '@/lib/http/read-draft';
import { liveChecks } from '@/lib/live-preview/live-preview';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  async POST({ request }) {
    return jsonResponse(checkResultSchema, liveChecks(await readDraft(request)));
  },
});
