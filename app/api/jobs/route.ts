// GET /api/jobs - every live job, a page at a time, in Greenhouse's job-board fields (CORS, ETag)
import { apiRoute } from '@/lib/server/http/api-route';
import { enforceRateLimit } from '@/lib/server/http/rate-limit-guard';
import { jobsListQuerySchema } from '@/lib/shared/publishing/jobs-api-contract';
import { jobsListResponse } from '@/lib/server/publishing/jobs-api';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  cors: true,

  async GET({ request, query }) {
    const parsed = query(jobsListQuerySchema);
    await enforceRateLimit(request, 'read');
    return jobsListResponse(request, parsed);
  },
});
