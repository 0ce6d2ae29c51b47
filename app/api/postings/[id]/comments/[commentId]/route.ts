// PATCH /api/postings/{id}/comments/{commentId} - the owner (edit token) resolves or reopens a comment
import { readTokenWrite } from '@/lib/server/http/read-token-write';
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { commentBodySchema, commentParams } from '@/lib/shared/review/review-contract';
import { storeOk } from '@/lib/server/http/store-error';
import { appReviewStore } from '@/lib/server/review/review-store';
import { resolveInputSchema } from '@/lib/shared/review/review-schema';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: commentParams,

  async PATCH({ request, params: { id, commentId } }) {
    const { input, token } = await readTokenWrite(request, 'write', resolveInputSchema);
    const result = storeOk(
      await (await appReviewStore()).setResolved(id, token, commentId, input.resolved),
      'review-owner',
    );
    return jsonResponse(commentBodySchema, { comment: result.comment });
  },
});
