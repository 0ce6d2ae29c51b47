'use client';

import type { Draft } from '@/lib/draft/draft-schema';

export interface ApiFailure {
  ok: false;
  status: number;
  message: string;
  issues?: { path: string; message: string }[];
}

async function failure(response: Response): Promise<ApiFailure> {
  try {
    const body = (await response.json()) as { error?: { message?: string; issues?: ApiFailure['issues'] } };
    return {
      ok: false,
      status: response.status,
      message: body.error?.message ?? response.statusText,
      issues: body.error?.issues,
    };
  } catch {
    return { ok: false, status: response.status, message: response.statusText || 'Request failed' };
  }
}

async function call<T>(input: string, init: RequestInit): Promise<{ ok: true; data: T; status: number } | ApiFailure> {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch {
    return { ok: false, status: 0, message: 'No connection to Postwright. Check your network and try again.' };
  }
  if (!response.ok) return failure(response);
  const data = response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  return { ok: true, data, status: response.status };
}

const json = { 'Content-Type': 'application/json' };

export function createSharedPosting(draft: Draft, expiresAt: string | null) {
  const query = expiresAt ? `?expiresAt=${encodeURIComponent(expiresAt)}` : '';
  return call<{ id: string; editToken: string; version: number; viewUrl: string; editUrl: string }>(
    `/api/postings${query}`,
    { method: 'POST', headers: json, body: JSON.stringify(draft) },
  );
}

export function updateSharedPosting(id: string, token: string, version: number, draft: Draft) {
  return call<{ version: number }>(`/api/postings/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { ...json, Authorization: `Bearer ${token}`, 'If-Match': `"${version}"` },
    body: JSON.stringify(draft),
  });
}

export function fetchSharedPosting(id: string) {
  return call<{
    id: string;
    version: number;
    draft: Draft;
    createdAt: string;
    updatedAt: string;
    expiresAt: string | null;
  }>(`/api/postings/${encodeURIComponent(id)}`, { method: 'GET', cache: 'no-store' });
}

export function revokeSharedPosting(id: string, token: string) {
  return call<undefined>(`/api/postings/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${token}` },
  });
}
