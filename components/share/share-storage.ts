'use client';

import { z } from 'zod';

// What this browser remembers about the postings it shared: the edit token never leaves the browser
// except in the Authorization header of the owner's own writes.
const sharedPostingSchema = z.object({
  id: z.string(),
  editToken: z.string(),
  version: z.number().int(),
  viewUrl: z.string(),
  editUrl: z.string(),
  title: z.string(),
  company: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string().nullable().optional(),
  revoked: z.boolean().optional(),
});

export type SharedPostingRecord = z.infer<typeof sharedPostingSchema>;

const LIST_KEY = 'postwright:postings:v1';
const CURRENT_KEY = 'postwright:link:v1';
export const DRAFT_BACKUP_KEY = 'postwright:draft:backup:v1';
const CHANGE_EVENT = 'postwright:postings-changed';

function read<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return fallback;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full quota: the share link still works, it just isn't remembered here.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function listSharedPostings(): SharedPostingRecord[] {
  return read(LIST_KEY, z.array(sharedPostingSchema), []);
}

export function rememberSharedPosting(record: SharedPostingRecord) {
  const others = listSharedPostings().filter((p) => p.id !== record.id);
  write(LIST_KEY, [record, ...others]);
}

export function forgetSharedPosting(id: string) {
  write(
    LIST_KEY,
    listSharedPostings().filter((p) => p.id !== id),
  );
  if (currentLinkId() === id) setCurrentLink(null);
}

export function markRevoked(id: string) {
  write(
    LIST_KEY,
    listSharedPostings().map((p) => (p.id === id ? { ...p, revoked: true } : p)),
  );
  if (currentLinkId() === id) setCurrentLink(null);
}

/** The posting the builder is editing now (if it was shared): its id; the rest is in the list. */
export function currentLinkId(): string | null {
  return read(CURRENT_KEY, z.object({ id: z.string() }), null as { id: string } | null)?.id ?? null;
}

export function setCurrentLink(id: string | null) {
  write(CURRENT_KEY, id ? { id } : null);
}

export function currentSharedPosting(): SharedPostingRecord | null {
  const id = currentLinkId();
  return id ? (listSharedPostings().find((p) => p.id === id && !p.revoked) ?? null) : null;
}

export function onSharedPostingsChange(listener: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener('storage', listener);
  };
}

/** Lets the share panel (conflicts) and the edit-link loader hand a draft to the builder form. */
export const LOAD_DRAFT_EVENT = 'postwright:load-draft';
