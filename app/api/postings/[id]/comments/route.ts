// POST, GET /api/postings/{id}/comments - comment on a section (review or edit token); a page of comments, oldest first
import { readTokenWrite } from '@/lib/server/http/read-token-write';
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { postingIdParams } from '@/lib/shared/postings/postings-contract';
import { readBearerToken } from '@/lib/server/http/request-parts';
import { commentBodySchema, commentListBodySchema, reviewPaths } from '@/lib/shared/review/review-contract';
import { storeOk } from '@/lib/server/http/store-error';
import { appReviewStore } from '@/lib/server/review/review-store';
import { commentListQuerySchema } from '@/lib/shared/review/comment-paging';
import { commentInputSchema } from '@/lib/shared/review/review-schema';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  async POST({ request, params: { id } }) {
    const { input, token } = await readTokenWrite(request, 'write', commentInputSchema);
    const result = storeOk(await (await appReviewStore()).addComment(id, token, input), 'review');
    return jsonResponse(
      commentBodySchema,
      { comment: result.comment },
      { status: 201, headers: { Location: reviewPaths.comment(id, result.comment.id) } },
    );
  },

  async GET({ request, params: { id }, query }) {
    const page = query(commentListQuerySchema);
    const result = storeOk(await (await appReviewStore()).listComments(id, readBearerToken(request), page), 'review');
    return jsonResponse(commentListBodySchema, { comments: result.comments, next: result.next });
  },
});
