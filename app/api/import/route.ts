// POST /api/import - read a posting (pasted text, or a .docx, .pdf, .md, .txt or .html file) into a draft;
// nothing is stored
import { ApiError } from '@/lib/http/api-error';
import { apiRoute, jsonResponse } from '@/lib/http/api-route';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { importResultSchema } from '@/lib/import/import-contract';
import { ImportError } from '@/lib/import/import-error';
import { ImportBusyError, importPool } from '@/lib/import/import-pool';
import { readImportRequest } from '@/lib/import/import-request';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  async POST({ request }) {
    await enforceRateLimit(request, 'export');
    const { kind, bytes } = await readImportRequest(request);
    try {
      const result = await importPool().run({ kind, bytes });
      return jsonResponse(importResultSchema, result);
    } catch (error) {
      if (error instanceof ImportError) throw new ApiError(error.code, error.message);
      if (error instanceof ImportBusyError) {
        throw new ApiError('unavailable', error.message, [], { 'Retry-After': String(error.retryAfterSeconds) });
      }
      throw error;
    }
  },
});
