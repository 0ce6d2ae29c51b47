// GET /api/postings/{id}/versions - every stored version of a posting (number and date), newest first
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { storeError } from '@/lib/server/http/store-error';
import { postingIdParams, versionListSchema } from '@/lib/shared/postings/postings-contract';
import { listVersions } from '@/lib/server/postings';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,
  async GET({ params: { id } }) {
    const result = await listVersions(id);
    if (result.status !== 'ok') throw storeError(result);
    return jsonResponse(versionListSchema, { id, versions: result.versions });
  },
});
