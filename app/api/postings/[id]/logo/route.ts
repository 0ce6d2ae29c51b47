// PUT /api/postings/{id}/logo - upload the employer's logo (PNG, JPEG, WebP or GIF, ≤ 2 MiB), checked and
// re-encoded; answers the stored file's path for company.logoUrl
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { postingIdParams } from '@/lib/shared/postings/postings-contract';
import { enforceRateLimit } from '@/lib/server/http/rate-limit-guard';
import { readBearerToken } from '@/lib/server/http/request-parts';
import { uploadedLogoSchema } from '@/lib/shared/publishing/logo-contract';
import { uploadLogo } from '@/lib/server/publishing/logo-files';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  async PUT({ request, params: { id } }) {
    await enforceRateLimit(request, 'write');
    const { created, logo } = await uploadLogo(request, id, readBearerToken(request));
    return jsonResponse(uploadedLogoSchema, logo, {
      status: created ? 201 : 200,
      headers: { Location: logo.logoUrl },
    });
  },
});
