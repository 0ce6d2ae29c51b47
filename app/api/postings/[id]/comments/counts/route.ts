// GET /api/postings/{id}/comments/counts - open and total comments, per section and in all (review or edit token)
import { apiRoute, jsonResponse } from '@/lib/http/api-route';
import { postingIdParams } from '@/lib/http/postings-contract';
import { readBearerToken } from '@/lib/http/request-parts';
import { commentCountsBodySchema } from '@/lib/http/review-contract';
import { appReviewStore } from '@/lib/posting-store/review-store';
import { reviewStatusError } from '@/lib/review/review-api-errors';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  async GET({ request, params: { id } }) {
    const result = await (await appReviewStore()).countComments(id, readBearerToken(request));
    if (result.status !== 'ok') throw reviewStatusError(result, 'review or edit');
    const { open, total, sections, limits } = result;
    return jsonResponse(commentCountsBodySchema, { open, total, sections, limits });
  },
});
