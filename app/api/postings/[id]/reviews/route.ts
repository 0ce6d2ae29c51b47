// POST, GET /api/postings/{id}/reviews - a verdict on the latest version (review or edit token); every verdict
import { toErrorResponse } from '@/lib/http/api-error';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { readJsonBody } from '@/lib/http/read-json-body';
import { readBearerToken } from '@/lib/http/request-parts';
import { appReviewStore } from '@/lib/posting-store/review-store';
import { parseReviewBody, reviewStatusError } from '@/lib/review/review-api-errors';
import { verdictInputSchema } from '@/lib/review/review-schema';

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    await enforceRateLimit(request, 'write');
    const input = parseReviewBody(verdictInputSchema, await readJsonBody(request));
    const result = await (await appReviewStore()).addVerdict(id, readBearerToken(request), input);
    if (result.status !== 'ok') throw reviewStatusError(result, 'review or edit');
    return Response.json(
      {
        review: result.review,
        ...(result.approvedVersion !== undefined ? { approvedVersion: result.approvedVersion } : {}),
      },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}

export async function GET(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const result = await (await appReviewStore()).listVerdicts(id, readBearerToken(request));
    if (result.status !== 'ok') throw reviewStatusError(result, 'review or edit');
    const { reviews, approvedVersion, latestVersion } = result;
    return Response.json(
      { reviews, ...(approvedVersion !== undefined ? { approvedVersion } : {}), latestVersion },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}
