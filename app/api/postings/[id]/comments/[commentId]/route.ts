// PATCH /api/postings/{id}/comments/{commentId} - the owner (edit token) resolves or reopens a comment
import { apiRoute, jsonResponse } from '@/lib/http/api-route';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { readJsonBodyAs } from '@/lib/http/read-json-body';
import { readBearerToken } from '@/lib/http/request-parts';
import { commentBodySchema, commentParams } from '@/lib/http/review-contract';
import { storeError } from '@/lib/http/store-error';
import { appReviewStore } from '@/lib/posting-store/review-store';
import { resolveInputSchema } from '@/lib/review/review-schema';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: commentParams,

  async PATCH({ request, params: { id, commentId } }) {
    await enforceRateLimit(request, 'write');
    const { resolved } = await readJsonBodyAs(request, resolveInputSchema);
    const result = await (await appReviewStore()).setResolved(id, readBearerToken(request), commentId, resolved);
    if (result.status !== 'ok') throw storeError(result, 'review-owner');
    return jsonResponse(commentBodySchema, { comment: result.comment });
  },
});
