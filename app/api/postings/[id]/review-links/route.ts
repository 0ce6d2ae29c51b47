// POST, DELETE /api/postings/{id}/review-links - invite reviewers (edit token), or shut every review link
import { toErrorResponse } from '@/lib/http/api-error';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { readBearerToken } from '@/lib/http/request-parts';
import { appReviewStore } from '@/lib/posting-store/review-store';
import { reviewStatusError } from '@/lib/review/review-api-errors';
import { reviewUrl } from '@/lib/review/review-url';

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    await enforceRateLimit(request, 'write');
    const result = await (await appReviewStore()).createLink(id, readBearerToken(request));
    if (result.status !== 'ok') throw reviewStatusError(result, 'edit');
    return Response.json(
      { reviewToken: result.reviewToken, reviewUrl: reviewUrl(request, id, result.reviewToken) },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    await enforceRateLimit(request, 'write');
    const result = await (await appReviewStore()).revokeLinks(id, readBearerToken(request));
    if (result.status !== 'ok') throw reviewStatusError(result, 'edit');
    return new Response(null, { status: 204 });
  } catch (error) {
    return toErrorResponse(error);
  }
}
