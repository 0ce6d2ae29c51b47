// POST, GET /api/postings/{id}/comments - comment on a section (review or edit token); every comment, oldest first
import { toErrorResponse } from '@/lib/http/api-error';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { readJsonBody } from '@/lib/http/read-json-body';
import { readBearerToken } from '@/lib/http/request-parts';
import { appReviewStore } from '@/lib/posting-store/review-store';
import { parseReviewBody, reviewStatusError } from '@/lib/review/review-api-errors';
import { commentInputSchema } from '@/lib/review/review-schema';

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    await enforceRateLimit(request, 'write');
    const input = parseReviewBody(commentInputSchema, await readJsonBody(request));
    const result = await (await appReviewStore()).addComment(id, readBearerToken(request), input);
    if (result.status !== 'ok') throw reviewStatusError(result, 'review or edit');
    return Response.json(
      { comment: result.comment },
      {
        status: 201,
        headers: { Location: `/api/postings/${id}/comments/${result.comment.id}`, 'Cache-Control': 'no-store' },
      },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}

export async function GET(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const result = await (await appReviewStore()).listComments(id, readBearerToken(request));
    if (result.status !== 'ok') throw reviewStatusError(result, 'review or edit');
    return Response.json({ comments: result.comments }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
