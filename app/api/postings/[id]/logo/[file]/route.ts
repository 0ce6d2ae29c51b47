// GET /api/postings/{id}/logo/{sha256}.{png|webp} - an uploaded logo, immutable (a new upload is a new URL)
import { apiRoute } from '@/lib/server/http/api-route';
import { logoFileParams } from '@/lib/shared/publishing/logo-contract';
import { logoFileResponse } from '@/lib/server/publishing/logo-files';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: logoFileParams,

  async GET({ request, params: { id, file } }) {
    return logoFileResponse(request, id, file);
  },
});
