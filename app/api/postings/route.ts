// POST /api/postings - store a draft and create its share link (view URL + secret edit URL)
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { createdPostingSchema, postingPaths, postingWriteQuery } from '@/lib/shared/postings/postings-contract';
import { enforceRateLimit } from '@/lib/server/http/rate-limit-guard';
import { readDraft } from '@/lib/server/http/read-draft';
import { shareUrls } from '@/lib/server/http/share-urls';
import { createPosting } from '@/lib/server/postings';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  async POST({ request, query }) {
    await enforceRateLimit(request, 'create');
    const { expiresAt } = query(postingWriteQuery);
    const draft = await readDraft(request);
    const created = await createPosting(draft, { expiresAt: expiresAt ?? null });
    const { viewUrl, editUrl } = shareUrls(request, created.id, created.editToken);
    return jsonResponse(
      createdPostingSchema,
      { id: created.id, editToken: created.editToken, version: created.version, viewUrl, editUrl: editUrl! },
      { status: 201, headers: { Location: postingPaths.posting(created.id), ETag: `"${created.version}"` } },
    );
  },
});
