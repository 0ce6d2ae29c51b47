// GET /api/catalog/{roleId} - the validated skill catalog of a role
import { getRoleCatalog } from '@/lib/catalog';
import { ApiError } from '@/lib/http/api-error';
import { apiRoute } from '@/lib/http/api-route';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute<{ roleId: string }>({
  async GET({ params: { roleId } }) {
    const catalog = getRoleCatalog(roleId);
    if (!catalog) throw new ApiError('not_found', `No catalog for role "${roleId}"`);
    return Response.json(catalog, { headers: { 'Cache-Control': 'public, max-age=300' } });
  },
});
