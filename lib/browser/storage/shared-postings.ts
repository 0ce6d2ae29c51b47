import { currentLinkSlot, sharedPostingsSlot, type SharedPostingRecord } from './browser-storage';

/** The postings shared from this browser, newest first. */
export function listSharedPostings(): SharedPostingRecord[] {
  return sharedPostingsSlot.read() ?? [];
}

/** Adds or replaces (by id) a shared posting, moving it to the top of the list. */
export function rememberSharedPosting(record: SharedPostingRecord) {
  sharedPostingsSlot.write([record, ...listSharedPostings().filter((p) => p.id !== record.id)]);
}

export function forgetSharedPosting(id: string) {
  sharedPostingsSlot.write(listSharedPostings().filter((p) => p.id !== id));
  if (currentLinkId() === id) setCurrentLink(null);
}

/** The links stop working for everyone; the entry stays so the owner sees what happened. */
export function markRevoked(id: string) {
  sharedPostingsSlot.write(listSharedPostings().map((p) => (p.id === id ? { ...p, revoked: true } : p)));
  if (currentLinkId() === id) setCurrentLink(null);
}

/** The posting the builder is editing now (if it was shared): its id; the rest is in the list. */
function currentLinkId(): string | null {
  return currentLinkSlot.read()?.id ?? null;
}

export function setCurrentLink(id: string | null) {
  currentLinkSlot.write(id ? { id } : null);
}

/** The shared posting the builder is editing now, unless its sharing was stopped. */
export function currentSharedPosting(): SharedPostingRecord | null {
  const id = currentLinkId();
  return id ? (listSharedPostings().find((p) => p.id === id && !p.revoked) ?? null) : null;
}
