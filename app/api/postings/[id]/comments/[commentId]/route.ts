// PATCH /api/postings/{id}/comments/{commentId} - the owner (edit token) resolves or reopens a comment
import { apiRoute, jsonResponse } from '@/lib/http/api-route';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { readJsonBody } from '@/lib/http/read-json-body';
import { readBearerToken } from '@/lib/http/request-parts';
import { commentBodySchema, commentParams } from '@/lib/http/review-contract';
import { appReviewStore } from '@/lib/posting-store/review-store';
import { parseReviewBody, reviewStatusError } from '@/lib/review/review-api-errors';
import { resolveInputSchema } from '@/lib/review/review-schema';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: commentParams,

  async PATCH({ request, params: { id, commentId } }) {
    await enforceRateLimit(request, 'write');
    const { resolved } = parseReviewBody(resolveInputSchema, await readJsonBody(request));
    const result = await (await appReviewStore()).setResolved(id, readBearerToken(request), commentId, resolved);
    if (result.status !== 'ok') throw reviewStatusError(result, 'edit');
    return jsonResponse(commentBodySchema, { comment: result.comment });
  },
});
