// POST, DELETE /api/postings/{id}/publish - publish the latest version at /jobs/{id} (409 when approval is required and missing), or take it down
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { postingIdParams } from '@/lib/shared/postings/postings-contract';
import { enforceRateLimit } from '@/lib/server/http/rate-limit-guard';
import { readBearerToken } from '@/lib/server/http/request-parts';
import { publicOrigin } from '@/lib/server/http/share-urls';
import { storeOk } from '@/lib/server/http/store-error';
import { jobUrl } from '@/lib/server/publishing/job-urls';
import { publishedBodySchema } from '@/lib/shared/publishing/publish-contract';
import { publishPosting, unpublishPosting } from '@/lib/server/publishing/public-jobs';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  async POST({ request, params: { id } }) {
    await enforceRateLimit(request, 'write');
    const result = storeOk(await publishPosting(id, readBearerToken(request)));
    const { version, publishedAt, approved, approvedVersion, latestVerdict } = result;
    return jsonResponse(publishedBodySchema, {
      publicUrl: jobUrl(publicOrigin(request), id),
      version,
      publishedAt,
      approved,
      approvedVersion,
      latestVerdict,
    });
  },

  async DELETE({ request, params: { id } }) {
    await enforceRateLimit(request, 'write');
    storeOk(await unpublishPosting(id, readBearerToken(request)));
    return new Response(null, { status: 204 });
  },
});
