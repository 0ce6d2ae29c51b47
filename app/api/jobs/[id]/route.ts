// GET /api/jobs/{id} - one live job with its content (CORS, ETag)
import { apiRoute } from '@/lib/server/http/api-route';
import { enforceRateLimit } from '@/lib/server/http/rate-limit-guard';
import { jobIdParams } from '@/lib/shared/publishing/jobs-api-contract';
import { jobResponse } from '@/lib/server/publishing/jobs-api';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: jobIdParams,
  cors: true,

  async GET({ request, params: { id } }) {
    await enforceRateLimit(request, 'read');
    return jobResponse(request, id);
  },
});
