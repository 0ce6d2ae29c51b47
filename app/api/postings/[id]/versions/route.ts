// GET /api/postings/{id}/versions - every stored version of a posting (number and date), newest first
import { toErrorResponse } from '@/lib/http/api-error';
import { postingStatusError } from '@/lib/http/posting-status';
import { listVersions } from '@/lib/posting-store';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const result = await listVersions(id);
    if (result.status !== 'ok') throw postingStatusError(result);
    return Response.json({ id, versions: result.versions }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
