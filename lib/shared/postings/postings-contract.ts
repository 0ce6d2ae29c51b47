import { z } from 'zod/mini';
import { LANGUAGES } from '../draft/draft-schema';
import { storedPostingSchema, storedVersionSchema, versionSummarySchema } from './stored-posting';
import { approvalStateSchema, postingSettingsSchema, publicationBodySchema } from '../publishing/publish-contract';

// The posting API as both sides see it: the paths, the query strings and every success body. The routes
// answer with these schemas (checked outside production) and the browser client parses with them.
// Nothing server-only here.

export const postingPaths = {
  collection: '/api/postings',
  posting: (id: string) => `/api/postings/${encodeURIComponent(id)}`,
  versions: (id: string) => `/api/postings/${encodeURIComponent(id)}/versions`,
  version: (id: string, version: number) => `/api/postings/${encodeURIComponent(id)}/versions/${version}`,
  translations: (id: string) => `/api/postings/${encodeURIComponent(id)}/translations`,
  export: (id: string, format: string) => `/api/postings/${encodeURIComponent(id)}/export?format=${format}`,
};

/** The share links of a posting on a public origin; the edit link only for whoever holds the token. */
export function shareLinks(origin: string, id: string, editToken?: string): { viewUrl: string; editUrl?: string } {
  const base = origin.replace(/\/+$/, '');
  return {
    viewUrl: `${base}/p/${id}`,
    // The token rides in the fragment: browsers never send it to servers, logs or referrers.
    ...(editToken ? { editUrl: `${base}/build#edit=${id}.${editToken}` } : {}),
  };
}

/** One other language version of a posting (spec "Languages"). */
export const translationRefSchema = z.object({ language: z.enum(LANGUAGES), id: z.string() });
export type TranslationRef = z.infer<typeof translationRefSchema>;

/** POST /api/postings/{id}/translations (edit token): the language of the new version. */
export const translationRequestSchema = z.object({
  language: z.enum(LANGUAGES, { error: 'Language must be one of en, de, fr, es, nl' }),
});
export type TranslationRequest = z.infer<typeof translationRequestSchema>;

export const postingIdParams = z.object({ id: z.string() });
export const postingVersionParams = z.object({ id: z.string(), version: z.string().check(z.regex(/^[1-9]\d{0,8}$/)) });

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `?expiresAt=`: a real calendar date (the link works to the end of that day, UTC) or an ISO timestamp
 * with a zone (`Z` or `+02:00`); `never` or empty clears the expiry; absent leaves it as it is. Anything
 * else, 2099-02-30 included, is refused rather than rolled over.
 */
export const expiresAtParam = z.optional(
  z.pipe(
    z.string(),
    z.transform((raw, ctx): Date | null => {
      const value = raw.trim();
      if (value === '' || value === 'never') return null;
      const valid = DAY.test(value)
        ? z.safeParse(z.iso.date(), value).success
        : z.safeParse(z.iso.datetime({ offset: true }), value).success;
      if (!valid) {
        ctx.issues.push({
          code: 'custom',
          input: raw,
          message: 'Use a real ISO date such as 2027-01-31, or a timestamp such as 2027-01-31T17:00:00Z',
        });
        return z.NEVER;
      }
      const date = new Date(DAY.test(value) ? `${value}T23:59:59.999Z` : value);
      if (date.getTime() <= Date.now()) {
        ctx.issues.push({ code: 'custom', input: raw, message: 'Choose a moment in the future' });
        return z.NEVER;
      }
      return date;
    }),
  ),
);

export const postingWriteQuery = z.object({ expiresAt: expiresAtParam });

export const createdPostingSchema = z.object({
  id: z.string(),
  editToken: z.string(),
  version: z.literal(1),
  viewUrl: z.url(),
  editUrl: z.url(),
});
export type CreatedPostingBody = z.infer<typeof createdPostingSchema>;

/**
 * GET /api/postings/{id}: the stored posting and its view link. For the edit token's holder only, the
 * edit link, `publication` (null while /jobs/{id} shows nothing: never published, unpublished, or past its
 * closing day), `requireApproval` and `approval` (where the review stands) too. Without the token these keys
 * are absent, so a viewer learns nothing about them.
 */
export const postingBodySchema = z.extend(storedPostingSchema, {
  viewUrl: z.url(),
  translations: z.optional(z.array(translationRefSchema)),
  editUrl: z.optional(z.url()),
  // What is public at /jobs/{id}: its `version` is the published one, which may be older than the posting's
  // latest `version` (a newer one is saved but not published yet); never newer.
  publication: z.optional(z.nullable(publicationBodySchema)),
  requireApproval: z.optional(z.boolean()),
  approval: z.optional(approvalStateSchema),
});
export type PostingBody = z.infer<typeof postingBodySchema>;

/** PATCH /api/postings/{id} (edit token): the settings as stored now. */
export const postingSettingsBodySchema = postingSettingsSchema;
export type PostingSettingsBody = z.infer<typeof postingSettingsBodySchema>;

export const updatedPostingSchema = z.object({ version: z.number().check(z.int(), z.positive()) });
export type UpdatedPostingBody = z.infer<typeof updatedPostingSchema>;

export const versionListSchema = z.object({ id: z.string(), versions: z.array(versionSummarySchema) });
export type VersionListBody = z.infer<typeof versionListSchema>;

export const versionBodySchema = storedVersionSchema;
export type VersionBody = z.infer<typeof versionBodySchema>;
