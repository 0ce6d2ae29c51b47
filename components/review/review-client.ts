'use client';

import type { CommentCounts, CommentPage } from '@/lib/review/comment-paging';
import type { ReviewComment, ReviewSection, ReviewVerdict } from '@/lib/review/review-schema';

// The author's calls to the review API, always with the edit token (it never goes anywhere else).

export type ReviewCall<T> = { ok: true; data: T } | { ok: false; status: number; code?: string; message: string };

async function call<T>(url: string, init: RequestInit): Promise<ReviewCall<T>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', ...init });
  } catch {
    return { ok: false, status: 0, message: 'No connection to Postwright. Check your network and try again.' };
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
  if (!response.ok) {
    const { code, message = 'Request failed' } = body.error ?? {};
    return { ok: false, status: response.status, ...(code ? { code } : {}), message };
  }
  return { ok: true, data: body as T };
}

const base = (id: string) => `/api/postings/${encodeURIComponent(id)}`;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

export const createReviewLink = (id: string, editToken: string) =>
  call<{ reviewToken: string; reviewUrl: string }>(`${base(id)}/review-links`, {
    method: 'POST',
    headers: auth(editToken),
  });

export const revokeReviewLinks = (id: string, editToken: string) =>
  call<undefined>(`${base(id)}/review-links`, { method: 'DELETE', headers: auth(editToken) });

/** One section's comments, the latest `limit` before the cursor (`next` of the page after). */
export const fetchCommentPage = (
  id: string,
  editToken: string,
  { section, limit, before }: { section: ReviewSection; limit: number; before?: string },
) => {
  const query = new URLSearchParams({ section, limit: String(limit), ...(before ? { before } : {}) });
  return call<CommentPage>(`${base(id)}/comments?${query}`, { headers: auth(editToken) });
};

/** Open and total comments per section: what badges and My postings show, without reading a comment. */
export const fetchCommentCounts = (id: string, editToken: string) =>
  call<CommentCounts>(`${base(id)}/comments/counts`, { headers: auth(editToken) });

export const fetchVerdicts = (id: string, editToken: string) =>
  call<{ reviews: ReviewVerdict[]; approvedVersion?: number; latestVersion: number }>(`${base(id)}/reviews`, {
    headers: auth(editToken),
  });

export const setCommentResolved = (id: string, editToken: string, commentId: string, resolved: boolean) =>
  call<{ comment: ReviewComment }>(`${base(id)}/comments/${encodeURIComponent(commentId)}`, {
    method: 'PATCH',
    headers: { ...auth(editToken), 'Content-Type': 'application/json' },
    body: JSON.stringify({ resolved }),
  });
