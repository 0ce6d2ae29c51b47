// GET, PUT, PATCH, DELETE /api/postings/{id} - read, update (If-Match + edit token), change settings and revoke a posting
import { readTokenWrite } from '@/lib/server/http/read-token-write';
import { apiRoute, jsonResponse } from '@/lib/server/http/api-route';
import { storeError, storeOk } from '@/lib/server/http/store-error';
import {
  postingBodySchema,
  postingIdParams,
  postingSettingsBodySchema,
  postingWriteQuery,
  updatedPostingSchema,
} from '@/lib/shared/postings/postings-contract';
import { enforceRateLimit } from '@/lib/server/http/rate-limit-guard';
import { readDraft } from '@/lib/server/http/read-draft';
import { readBearerToken, readIfMatchVersion } from '@/lib/server/http/request-parts';
import { publicOrigin, shareUrls } from '@/lib/server/http/share-urls';
import { getPosting, listTranslations, revokePosting, updatePosting } from '@/lib/server/postings';
import { appApprovalStore } from '@/lib/server/review/approval-store';
import { postingPublication } from '@/lib/server/publishing/app-publishing-store';
import { jobUrl } from '@/lib/server/publishing/job-urls';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  params: postingIdParams,

  // With the edit token (optional here), the answer carries the edit link and the publication too.
  async GET({ request, params: { id } }) {
    const editToken = readBearerToken(request);
    if (request.headers.has('authorization') && !editToken) throw storeError({ status: 'unauthorized' });
    // Read before the posting, so the published version is never newer than the latest one read after it
    // (versions only grow). Only sent once the token has proved to be the posting's.
    const published = editToken === undefined ? undefined : await postingPublication(id);
    const approval = editToken === undefined ? undefined : await (await appApprovalStore()).ownerApproval(id);
    const result = storeOk(await getPosting(id, { editToken }));
    const { posting, editable } = result;
    const links = shareUrls(request, posting.id, editable ? editToken : undefined);
    const translations = await listTranslations(id);
    const ownerOnly =
      !editable || !approval
        ? {}
        : {
            publication: published ? { publicUrl: jobUrl(publicOrigin(request), id), ...published } : null,
            requireApproval: approval.requireApproval,
            approval: { approvedVersion: approval.approvedVersion, latestVerdict: approval.latestVerdict },
          };
    return jsonResponse(
      postingBodySchema,
      { ...posting, ...links, translations, ...ownerOnly },
      { headers: { ETag: `"${posting.version}"` } },
    );
  },

  async PUT({ request, params: { id }, query }) {
    await enforceRateLimit(request, 'write');
    const { expiresAt } = query(postingWriteQuery);
    const ifMatch = readIfMatchVersion(request);
    const draft = await readDraft(request);
    const result = storeOk(await updatePosting(id, { token: readBearerToken(request), ifMatch, draft, expiresAt }));
    return jsonResponse(
      updatedPostingSchema,
      { version: result.version },
      { headers: { ETag: `"${result.version}"` } },
    );
  },

  // The posting's settings (spec "Approval before publishing"): `{ "requireApproval": true|false }`.
  async PATCH({ request, params: { id } }) {
    const { input, token } = await readTokenWrite(request, 'write', postingSettingsBodySchema);
    const result = storeOk(await (await appApprovalStore()).setRequireApproval(id, token, input.requireApproval));
    return jsonResponse(postingSettingsBodySchema, { requireApproval: result.requireApproval });
  },

  async DELETE({ request, params: { id } }) {
    await enforceRateLimit(request, 'write');
    storeOk(await revokePosting(id, readBearerToken(request)));
    return new Response(null, { status: 204 });
  },
});
