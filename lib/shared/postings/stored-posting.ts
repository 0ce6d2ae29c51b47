import { z } from 'zod/mini';
import type { Draft } from '../draft/draft-schema';

// The shape of a stored posting, written once: the store returns it, the routes send it, the browser
// client reads it. Nothing server-only here (the browser imports it).

const isoTimestamp = z.iso.datetime();

// A stored draft passed the draft schema when it was written. It is not checked again on the way out: a
// rule tightened since (text hygiene, assigned country codes: issue 19) must not lock its owner out of a
// posting. The builder shows the field to fix, and the next save is checked in full.
const draftSchema = z.custom<Draft>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  error: 'A stored draft is an object',
});

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
