// GET /api/catalog/{roleId}?lang= - the validated skill catalog of a role, in one of the posting languages
import { getLocalizedCatalog } from '@/lib/shared/catalog/localized';
import { ApiError } from '@/lib/server/http/api-error';
import { apiRoute } from '@/lib/server/http/api-route';
import { catalogQuerySchema } from '@/lib/shared/catalog/catalog-contract';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute<{ roleId: string }>({
  async GET({ params: { roleId }, query }) {
    const { lang = 'en' } = query(catalogQuerySchema);
    const catalog = getLocalizedCatalog(roleId, lang);
    if (!catalog) throw new ApiError('not_found', `No catalog for role "${roleId}"`);
    return Response.json(catalog, { headers: { 'Cache-Control': 'public, max-age=300', 'Content-Language': lang } });
  },
});
