import { reviewLinksSlot } from '@/lib/browser/storage/browser-storage';

// The review links this browser created, so the author can copy one again (the server keeps only hashes).

export function savedReviewUrl(postingId: string): string | null {
  return reviewLinksSlot.read()?.[postingId] ?? null;
}

export function saveReviewUrl(postingId: string, url: string | null) {
  const all = { ...reviewLinksSlot.read() };
  if (url === null) delete all[postingId];
  else all[postingId] = url;
  reviewLinksSlot.write(all);
}
