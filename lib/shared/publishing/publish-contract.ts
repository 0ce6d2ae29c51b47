import { z } from 'zod/mini';
import { VERDICTS } from '../review/review-schema';

// The publishing API as both sides see it (browser-safe: zod/mini, nothing server-only).

export const publishPaths = {
  publish: (id: string) => `/api/postings/${encodeURIComponent(id)}/publish`,
};

const versionNumber = z.number().check(z.int(), z.minimum(1));

/** What /jobs/{id} shows, as the publishing store reads it: which version, published when. */
export const publicationSchema = z.object({ version: versionNumber, publishedAt: z.iso.datetime() });
export type Publication = z.infer<typeof publicationSchema>;

/** The publication as the API sends it to the posting's owner: and where it is. */
export const publicationBodySchema = z.extend(publicationSchema, { publicUrl: z.url() });

/** The newest verdict on a posting, so the builder can say "changes requested by Priya" before publishing. */
export const latestVerdictSchema = z.object({
  version: versionNumber,
  verdict: z.enum(VERDICTS),
  author: z.string(),
  createdAt: z.iso.datetime(),
});
export type LatestVerdict = z.infer<typeof latestVerdictSchema>;

/** Where a posting's review stands: what publishing checks when approval is required. */
export const approvalStateSchema = z.object({
  /** The latest version with an approval and no later "changes" verdict (the review API's approvedVersion). */
  approvedVersion: z.optional(versionNumber),
  latestVerdict: z.optional(latestVerdictSchema),
});
export type ApprovalState = z.infer<typeof approvalStateSchema>;

/**
 * POST /api/postings/{id}/publish: the publication, and whether the version that went up is the approved one
 * (`approved: false` only when the posting does not require approval: otherwise it is a 409 not_approved).
 */
export const publishedBodySchema = z.extend(publicationBodySchema, {
  approved: z.boolean(),
  ...approvalStateSchema.shape,
});
export type PublishedBody = z.infer<typeof publishedBodySchema>;

/** PATCH /api/postings/{id}: the posting's settings (edit token). */
export const postingSettingsSchema = z.strictObject({ requireApproval: z.boolean() });
export type PostingSettings = z.infer<typeof postingSettingsSchema>;
