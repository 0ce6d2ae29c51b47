// GET, PUT, DELETE /api/postings/{id} - read, update (If-Match + edit token) and revoke a posting
import { toErrorResponse } from '@/lib/http/api-error';
import { postingStatusError } from '@/lib/http/posting-status';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { readDraft } from '@/lib/http/read-draft';
import { readBearerToken, readExpiresAt, readIfMatchVersion } from '@/lib/http/request-parts';
import { getPosting, revokePosting, updatePosting } from '@/lib/posting-store';

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const result = await getPosting(id);
    if (result.status !== 'ok') throw postingStatusError(result);
    const { posting } = result;
    return Response.json(
      {
        id: posting.id,
        version: posting.version,
        draft: posting.draft,
        createdAt: posting.createdAt,
        updatedAt: posting.updatedAt,
        expiresAt: posting.expiresAt ?? null,
      },
      { headers: { ETag: `"${posting.version}"`, 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}

export async function PUT(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    await enforceRateLimit(request, 'write');
    const expiresAt = readExpiresAt(new URL(request.url));
    const draft = await readDraft(request);
    const result = await updatePosting(id, {
      token: readBearerToken(request),
      ifMatch: readIfMatchVersion(request),
      draft,
      expiresAt,
    });
    if (result.status !== 'ok') throw postingStatusError(result);
    return Response.json(
      { version: result.version },
      { headers: { ETag: `"${result.version}"`, 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    await enforceRateLimit(request, 'write');
    const result = await revokePosting(id, readBearerToken(request));
    if (result.status !== 'ok') throw postingStatusError(result);
    return new Response(null, { status: 204 });
  } catch (error) {
    return toErrorResponse(error);
  }
}
