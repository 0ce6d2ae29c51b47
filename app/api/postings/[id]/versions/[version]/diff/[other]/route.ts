// GET /api/postings/{id}/versions/{a}/diff/{b} - what changed from version a to b, section by section, word by word
import { apiRoute, jsonResponse } from '@/lib/http/api-route';
import { postingStatusError } from '@/lib/http/posting-status';
import { diffParams } from '@/lib/http/review-contract';
import { getPostingVersion } from '@/lib/posting-store';
import { diffVersions, versionDiffSchema } from '@/lib/review/version-diff';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: diffParams,

  async GET({ params: { id, version, other } }) {
    const from = await getPostingVersion(id, Number(version));
    if (from.status !== 'ok') throw postingStatusError(from);
    const to = await getPostingVersion(id, Number(other));
    if (to.status !== 'ok') throw postingStatusError(to);
    return jsonResponse(versionDiffSchema, diffVersions(from.version, to.version));
  },
});
