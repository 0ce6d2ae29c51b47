'use client';

import { z } from 'zod';

// The review links this browser created, so the author can copy one again (the server keeps only hashes).
const KEY = 'postwright:review-links:v1';
const schema = z.record(z.string(), z.string());

function readAll(): Record<string, string> {
  try {
    const parsed = schema.safeParse(JSON.parse(window.localStorage.getItem(KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function savedReviewUrl(postingId: string): string | null {
  return readAll()[postingId] ?? null;
}

export function saveReviewUrl(postingId: string, url: string | null) {
  const all = readAll();
  if (url === null) delete all[postingId];
  else all[postingId] = url;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Private mode or a full quota: the link still works, it just isn't remembered here.
  }
}
