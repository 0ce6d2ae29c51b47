// GET /api/postings/{id}/versions/{a}/diff/{b} - what changed from version a to b, section by section, word by word
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { storeError } from '@/lib/server/http/store-error';
import { enforceRateLimit } from '@/lib/server/http/rate-limit-guard';
import { diffParams } from '@/lib/shared/review/review-contract';
import { cachedVersionDiff } from '@/lib/server/review/cached-version-diff';
import { versionDiffSchema } from '@/lib/server/review/version-diff';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: diffParams,

  async GET({ request, params: { id, version, other } }) {
    // Only a diff worked out counts against the client's limit; a kept one costs a lookup.
    const result = await cachedVersionDiff(id, Number(version), Number(other), {
      mayCompute: () => enforceRateLimit(request, 'diff').then(() => true),
    });
    if (result.status === 'limited') throw new Error('unreachable: a refused diff throws rate_limited');
    if (result.status !== 'ok') throw storeError(result);
    return jsonResponse(versionDiffSchema, result.diff);
  },
});
