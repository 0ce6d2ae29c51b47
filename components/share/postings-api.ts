import type { Draft } from '@/lib/shared/draft/draft-schema';
import {
  createdPostingSchema,
  postingBodySchema,
  postingPaths,
  postingSettingsBodySchema,
  updatedPostingSchema,
} from '@/lib/shared/postings/postings-contract';
import { publishedBodySchema, publishPaths } from '@/lib/shared/publishing/publish-contract';
import { callApi as call } from './api-client';

export type { ApiFailure, ApiFailureCode, ApiResult } from './api-client';

const json = { 'Content-Type': 'application/json' };

export function createSharedPosting(draft: Draft, expiresAt: string | null) {
  const query = expiresAt ? `?expiresAt=${encodeURIComponent(expiresAt)}` : '';
  return call(createdPostingSchema, `${postingPaths.collection}${query}`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(draft),
  });
}

export function updateSharedPosting(id: string, token: string, version: number, draft: Draft) {
  return call(updatedPostingSchema, postingPaths.posting(id), {
    method: 'PUT',
    headers: { ...json, Authorization: `Bearer ${token}`, 'If-Match': `"${version}"` },
    body: JSON.stringify(draft),
  });
}

/** The latest version; with the edit token, the answer also carries the edit link (a wrong token: `forbidden`). */
export function fetchSharedPosting(id: string, editToken?: string) {
  return call(postingBodySchema, postingPaths.posting(id), {
    method: 'GET',
    cache: 'no-store',
    headers: editToken ? { Authorization: `Bearer ${editToken}` } : {},
  });
}

export function revokeSharedPosting(id: string, token: string) {
  return call(null, postingPaths.posting(id), { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
}

/** Publishes the latest version at /jobs/{id} (again: moves the public page on to the latest). */
export function publishSharedPosting(id: string, token: string) {
  return call(publishedBodySchema, publishPaths.publish(id), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
}

/** Whether publishing needs the latest version to be approved first. */
export function setRequireApproval(id: string, token: string, requireApproval: boolean) {
  return call(postingSettingsBodySchema, postingPaths.posting(id), {
    method: 'PATCH',
    headers: { ...json, Authorization: `Bearer ${token}` },
    body: JSON.stringify({ requireApproval }),
  });
}

export function unpublishSharedPosting(id: string, token: string) {
  return call(null, publishPaths.publish(id), { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
}
