import { z } from 'zod/mini';

// The publishing API as both sides see it (browser-safe: zod/mini, nothing server-only).

export const publishPaths = {
  publish: (id: string) => `/api/postings/${encodeURIComponent(id)}/publish`,
};

/** POST /api/postings/{id}/publish: where the job now is, which version went up and when. */
export const publishedBodySchema = z.object({
  publicUrl: z.url(),
  version: z.number().check(z.int(), z.minimum(1)),
  publishedAt: z.iso.datetime(),
});
export type PublishedBody = z.infer<typeof publishedBodySchema>;
