import { z } from 'zod/mini';
import { draftSchema } from '../draft/draft-schema';

// The shape of a stored posting, written once: the store returns it, the routes send it, the browser
// client reads it. Nothing server-only here (the browser imports it).

const isoTimestamp = z.iso.datetime();

export const storedPostingSchema = z.object({
  id: z.string(),
  version: z.number().check(z.int(), z.positive()),
  draft: draftSchema,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  /** When the share link stops working; null: never. */
  expiresAt: z.nullable(isoTimestamp),
});
export type StoredPosting = z.infer<typeof storedPostingSchema>;

export const storedVersionSchema = z.object({
  id: z.string(),
  version: z.number().check(z.int(), z.positive()),
  draft: draftSchema,
  createdAt: isoTimestamp,
});
export type StoredVersion = z.infer<typeof storedVersionSchema>;

export const versionSummarySchema = z.object({
  version: z.number().check(z.int(), z.positive()),
  createdAt: isoTimestamp,
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;
