// GET /api/postings/{id}/versions/{a}/diff/{b} - what changed from version a to b, section by section, word by word
import { ApiError, toErrorResponse } from '@/lib/http/api-error';
import { postingStatusError } from '@/lib/http/posting-status';
import { getPostingVersion } from '@/lib/posting-store';
import { diffVersions } from '@/lib/review/version-diff';

const VERSION = /^[1-9]\d{0,8}$/;

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; version: string; other: string }> },
) {
  try {
    const { id, version, other } = await params;
    if (!VERSION.test(version) || !VERSION.test(other)) throw new ApiError('not_found', 'No such version');
    const from = await getPostingVersion(id, Number(version));
    if (from.status !== 'ok') throw postingStatusError(from);
    const to = await getPostingVersion(id, Number(other));
    if (to.status !== 'ok') throw postingStatusError(to);
    return Response.json(diffVersions(from.version, to.version), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
