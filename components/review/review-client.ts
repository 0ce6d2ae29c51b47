'use client';

import type { ReviewComment, ReviewVerdict } from '@/lib/review/review-schema';

// The author's calls to the review API, always with the edit token (it never goes anywhere else).

export type ReviewCall<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

async function call<T>(url: string, init: RequestInit): Promise<ReviewCall<T>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', ...init });
  } catch {
    return { ok: false, status: 0, message: 'No connection to Postwright. Check your network and try again.' };
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  if (!response.ok) return { ok: false, status: response.status, message: body.error?.message ?? 'Request failed' };
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

export const fetchComments = (id: string, editToken: string) =>
  call<{ comments: ReviewComment[] }>(`${base(id)}/comments`, { headers: auth(editToken) });

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
