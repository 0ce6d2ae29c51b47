// POST, DELETE /api/postings/{id}/review-links - invite reviewers (edit token), or turn every review link off
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { postingIdParams } from '@/lib/shared/postings/postings-contract';
import { enforceRateLimit } from '@/lib/server/http/rate-limit-guard';
import { readBearerToken } from '@/lib/server/http/request-parts';
import { reviewLinkBodySchema, reviewPaths } from '@/lib/shared/review/review-contract';
import { publicOrigin } from '@/lib/server/http/share-urls';
import { storeOk } from '@/lib/server/http/store-error';
import { appReviewStore } from '@/lib/server/review/review-store';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  async POST({ request, params: { id } }) {
    await enforceRateLimit(request, 'write');
    const result = storeOk(await (await appReviewStore()).createLink(id, readBearerToken(request)), 'review-owner');
    const reviewUrl = `${publicOrigin(request).replace(/\/+$/, '')}${reviewPaths.page(id, result.reviewToken)}`;
    return jsonResponse(reviewLinkBodySchema, { reviewToken: result.reviewToken, reviewUrl }, { status: 201 });
  },

  async DELETE({ request, params: { id } }) {
    await enforceRateLimit(request, 'write');
    storeOk(await (await appReviewStore()).revokeLinks(id, readBearerToken(request)), 'review-owner');
    return new Response(null, { status: 204 });
  },
});
