// GET /api/postings/{id}/versions - every stored version of a posting (number and date), newest first
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { storeOk } from '@/lib/server/http/store-error';
import { postingIdParams, versionListSchema } from '@/lib/shared/postings/postings-contract';
import { listVersions } from '@/lib/server/postings';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,
  async GET({ params: { id } }) {
    const result = storeOk(await listVersions(id));
    return jsonResponse(versionListSchema, { id, versions: result.versions });
  },
});
