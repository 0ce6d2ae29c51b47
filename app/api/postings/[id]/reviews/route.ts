// POST, GET /api/postings/{id}/reviews - a verdict on the latest version (review or edit token); every verdict
import { readTokenWrite } from '@/lib/server/http/read-token-write';
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { postingIdParams } from '@/lib/shared/postings/postings-contract';
import { readBearerToken } from '@/lib/server/http/request-parts';
import { verdictBodySchema, verdictListBodySchema } from '@/lib/shared/review/review-contract';
import { storeOk } from '@/lib/server/http/store-error';
import { appReviewStore } from '@/lib/server/review/review-store';
import { verdictInputSchema } from '@/lib/shared/review/review-schema';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  async POST({ request, params: { id } }) {
    const { input, token } = await readTokenWrite(request, 'write', verdictInputSchema);
    const result = storeOk(await (await appReviewStore()).addVerdict(id, token, input), 'review');
    const approved = result.approvedVersion !== undefined ? { approvedVersion: result.approvedVersion } : {};
    return jsonResponse(verdictBodySchema, { review: result.review, ...approved }, { status: 201 });
  },

  async GET({ request, params: { id } }) {
    const result = storeOk(await (await appReviewStore()).listVerdicts(id, readBearerToken(request)), 'review');
    const { reviews, approvedVersion, latestVersion } = result;
    const approved = approvedVersion !== undefined ? { approvedVersion } : {};
    return jsonResponse(verdictListBodySchema, { reviews, ...approved, latestVersion });
  },
});
