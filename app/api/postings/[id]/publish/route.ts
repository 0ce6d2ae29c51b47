// POST, DELETE /api/postings/{id}/publish - publish the latest version at /jobs/{id}, or take it down
import { toErrorResponse } from '@/lib/http/api-error';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { readBearerToken } from '@/lib/http/request-parts';
import { jobUrl } from '@/lib/publishing/job-urls';
import { publicBaseUrl } from '@/lib/publishing/public-base';
import { publishPosting, unpublishPosting } from '@/lib/publishing/public-jobs';
import { publishStatusError } from '@/lib/publishing/publish-errors';

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    await enforceRateLimit(request, 'write');
    const result = await publishPosting(id, readBearerToken(request));
    if (result.status !== 'ok') throw publishStatusError(result);
    return Response.json(
      { publicUrl: jobUrl(publicBaseUrl(request.url), id), version: result.version, publishedAt: result.publishedAt },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    await enforceRateLimit(request, 'write');
    const result = await unpublishPosting(id, readBearerToken(request));
    if (result.status !== 'ok') throw publishStatusError(result);
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
