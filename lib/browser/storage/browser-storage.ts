import * as z from 'zod/mini';
import type { FormValues } from '../../shared/draft/form-values';
import { storageSlot } from './storage-slot';

// Every key Postwright keeps in the browser, in one place: nothing else names a storage key. The
// names stay as they were first released, so what a browser already holds is still found.
export const STORAGE_KEYS = {
  /** The builder's form as it is being written (valid or not yet). */
  autosave: 'postwright:draft:v1',
  /** The form text replaced by another (a shared posting opened here, or "load theirs" in a conflict). */
  draftBackup: 'postwright:draft:backup:v1',
  /** The postings shared from this browser, with their edit tokens. */
  sharedPostings: 'postwright:postings:v1',
  /** Which shared posting the builder is editing now. */
  currentLink: 'postwright:link:v1',
  /** The review link made for each shared posting, by posting id (the server keeps only a hash). */
  reviewLinks: 'postwright:review-links:v1',
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Form values are not a draft yet, so the draft schema cannot judge them; what is checked here is what
 * restoring needs (an object with the job part). The builder merges them over empty values.
 */
const formValuesSchema = z.custom<FormValues>((value) => isRecord(value) && isRecord(value.job));

const savedBuilderSchema = z.object({
  values: formValuesSchema,
  furthestStep: z._default(z.number().check(z.int(), z.gte(0)), 0),
  savedAt: z.optional(z.string()),
});

// What this browser remembers about a posting it shared: the edit token never leaves the browser except
// in the Authorization header of the owner's own writes.
const sharedPostingRecordSchema = z.object({
  id: z.string(),
  editToken: z.string(),
  version: z.number().check(z.int()),
  viewUrl: z.string(),
  editUrl: z.string(),
  title: z.string(),
  company: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.optional(z.nullable(z.string())),
  revoked: z.optional(z.boolean()),
  /** The language the posting is written in, and the ids of its other language versions (spec "Languages"). */
  language: z.optional(z.string()),
  languageVersions: z.optional(z.array(z.string())),
});

export type SharedPostingRecord = z.infer<typeof sharedPostingRecordSchema>;

export const autosaveSlot = storageSlot(STORAGE_KEYS.autosave, savedBuilderSchema);
export const draftBackupSlot = storageSlot(STORAGE_KEYS.draftBackup, savedBuilderSchema);
export const sharedPostingsSlot = storageSlot(STORAGE_KEYS.sharedPostings, z.array(sharedPostingRecordSchema));
export const currentLinkSlot = storageSlot(STORAGE_KEYS.currentLink, z.object({ id: z.string() }));
export const reviewLinksSlot = storageSlot(STORAGE_KEYS.reviewLinks, z.record(z.string(), z.string()));
