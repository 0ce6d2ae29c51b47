// POST /api/import - read a posting (pasted text, or a .docx, .pdf, .md, .txt or .html file) into a draft;
// nothing is stored
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { enforceRateLimit } from '@/lib/server/http/rate-limit-guard';
import { importResultSchema } from '@/lib/shared/import/import-contract';
import { importPool } from '@/lib/server/import/import-pool';
import { readImportRequest } from '@/lib/server/import/import-request';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  async POST({ request }) {
    await enforceRateLimit(request, 'export');
    const { kind, bytes } = await readImportRequest(request);
    // A refused file (ImportError) and a full pool (503) become their API errors in apiRoute.
    return jsonResponse(importResultSchema, await importPool().run({ kind, bytes }));
  },
});
