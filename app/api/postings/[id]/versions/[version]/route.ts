// GET /api/postings/{id}/versions/{n} - one stored version of a posting, to see what changed
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { storeOk } from '@/lib/server/http/store-error';
import { postingVersionParams, versionBodySchema } from '@/lib/shared/postings/postings-contract';
import { getPostingVersion } from '@/lib/server/postings';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingVersionParams,
  async GET({ params: { id, version } }) {
    const result = storeOk(await getPostingVersion(id, Number(version)));
    return jsonResponse(versionBodySchema, result.version);
  },
});
