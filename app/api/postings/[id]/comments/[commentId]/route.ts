// PATCH /api/postings/{id}/comments/{commentId} - the owner (edit token) resolves or reopens a comment
import { toErrorResponse } from '@/lib/http/api-error';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { readJsonBody } from '@/lib/http/read-json-body';
import { readBearerToken } from '@/lib/http/request-parts';
import { appReviewStore } from '@/lib/posting-store/review-store';
import { parseReviewBody, reviewStatusError } from '@/lib/review/review-api-errors';
import { resolveInputSchema } from '@/lib/review/review-schema';

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string; commentId: string }> }) {
  try {
    const { id, commentId } = await params;
    await enforceRateLimit(request, 'write');
    const { resolved } = parseReviewBody(resolveInputSchema, await readJsonBody(request));
    const result = await (await appReviewStore()).setResolved(id, readBearerToken(request), commentId, resolved);
    if (result.status !== 'ok') throw reviewStatusError(result, 'edit');
    return Response.json({ comment: result.comment }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
