// GET /api/postings/{id}/comments/counts - open and total comments, per section and in all (review or edit token)
import { apiRoute, jsonResponse } from '@/lib/http/api-route';
import { postingIdParams } from '@/lib/http/postings-contract';
import { readBearerToken } from '@/lib/http/request-parts';
import { commentCountsBodySchema } from '@/lib/http/review-contract';
import { storeError } from '@/lib/http/store-error';
import { appReviewStore } from '@/lib/posting-store/review-store';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  async GET({ request, params: { id } }) {
    const result = await (await appReviewStore()).countComments(id, readBearerToken(request));
    if (result.status !== 'ok') throw storeError(result, 'review');
    const { open, total, sections, limits } = result;
    return jsonResponse(commentCountsBodySchema, { open, total, sections, limits });
  },
});
