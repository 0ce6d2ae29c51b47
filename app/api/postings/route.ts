// POST /api/postings - store a draft and create its share link (view URL + secret edit URL)
import { toErrorResponse } from '@/lib/http/api-error';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { readDraft } from '@/lib/http/read-draft';
import { readExpiresAt } from '@/lib/http/request-parts';
import { shareUrls } from '@/lib/http/share-urls';
import { createPosting } from '@/lib/posting-store';

export async function POST(request: Request) {
  try {
    await enforceRateLimit(request, 'create');
    const expiresAt = readExpiresAt(new URL(request.url));
    const draft = await readDraft(request);
    const created = await createPosting(draft, { expiresAt: expiresAt ?? null });
    const urls = shareUrls(request, created.id, created.editToken);
    return Response.json(
      { id: created.id, editToken: created.editToken, version: created.version, ...urls },
      {
        status: 201,
        headers: { Location: `/api/postings/${created.id}`, ETag: `"${created.version}"`, 'Cache-Control': 'no-store' },
      },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}
