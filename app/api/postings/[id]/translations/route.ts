// POST /api/postings/{id}/translations - add a language version of a posting (edit token): a posting of its own
import { readTokenWrite } from '@/lib/server/http/read-token-write';
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { storeOk } from '@/lib/server/http/store-error';
import {
  createdPostingSchema,
  postingIdParams,
  postingPaths,
  translationRequestSchema,
} from '@/lib/shared/postings/postings-contract';
import { shareUrls } from '@/lib/server/http/share-urls';
import { createTranslation } from '@/lib/server/postings';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  // It makes a posting, so it counts against the create budget as POST /api/postings does.
  async POST({ request, params: { id } }) {
    const { input, token } = await readTokenWrite(request, 'create', translationRequestSchema);
    const { created } = storeOk(await createTranslation(id, token, input.language));
    const { viewUrl, editUrl } = shareUrls(request, created.id, created.editToken);
    return jsonResponse(
      createdPostingSchema,
      { id: created.id, editToken: created.editToken, version: created.version, viewUrl, editUrl: editUrl! },
      { status: 201, headers: { Location: postingPaths.posting(created.id), ETag: `"${created.version}"` } },
    );
  },
});
