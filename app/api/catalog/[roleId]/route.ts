// GET /api/catalog/{roleId} - the validated skill catalog of a role
import { getRoleCatalog } from '@/lib/catalog';
import { ApiError } from '@/lib/http/api-error';

export async function GET(_request: Request, { params }: { params: Promise<{ roleId: string }> }) {
  const { roleId } = await params;
  const catalog = getRoleCatalog(roleId);
  if (!catalog) return new ApiError('not_found', `No catalog for role "${roleId}"`).toResponse();
  return Response.json(catalog, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
