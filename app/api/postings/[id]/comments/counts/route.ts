// GET /api/postings/{id}/comments/counts - open and total comments, per section and in all (review or edit token)
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { postingIdParams } from '@/lib/shared/postings/postings-contract';
import { readBearerToken } from '@/lib/server/http/request-parts';
import { commentCountsBodySchema } from '@/lib/shared/review/review-contract';
import { storeOk } from '@/lib/server/http/store-error';
import { appReviewStore } from '@/lib/server/review/review-store';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  async GET({ request, params: { id } }) {
    const result = storeOk(await (await appReviewStore()).countComments(id, readBearerToken(request)), 'review');
    const { open, total, sections, limits } = result;
    return jsonResponse(commentCountsBodySchema, { open, total, sections, limits });
  },
});
