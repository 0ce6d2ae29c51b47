// GET /api/postings/{id}/versions/{n} - one stored version of a posting, to see what changed
import { ApiError, toErrorResponse } from '@/lib/http/api-error';
import { postingStatusError } from '@/lib/http/posting-status';
import { getPostingVersion } from '@/lib/posting-store';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; version: string }> }) {
  try {
    const { id, version } = await params;
    if (!/^[1-9]\d{0,8}$/.test(version)) throw new ApiError('not_found', 'No such version');
    const result = await getPostingVersion(id, Number(version));
    if (result.status !== 'ok') throw postingStatusError(result);
    return Response.json(result.version, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
