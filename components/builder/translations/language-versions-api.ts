import type { Language } from '@/lib/shared/draft/draft-schema';
import { createdPostingSchema, postingPaths } from '@/lib/shared/postings/postings-contract';
import { callApi } from '@/components/share/api-client';

/** POST /api/postings/{id}/translations: a new language version of the posting, with its own edit token. */
export function addLanguageVersion(id: string, editToken: string, language: Language) {
  return callApi(createdPostingSchema, postingPaths.translations(id), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${editToken}` },
    body: JSON.stringify({ language }),
  });
}
