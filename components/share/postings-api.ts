'use client';

import { z } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import type { Draft } from '@/lib/draft/draft-schema';
import { errorBodySchema, isErrorCode, type ErrorCode, type FieldIssue } from '@/lib/http/error-codes';
import {
  createdPostingSchema,
  postingBodySchema,
  postingPaths,
  postingSettingsBodySchema,
  updatedPostingSchema,
} from '@/lib/http/postings-contract';
import { publishedBodySchema, publishPaths } from '@/lib/publishing/publish-contract';

/**
 * Why a call failed: one of the API's error codes, `network` when no answer came, `unexpected_response`
 * when the answer does not follow the contract (a proxy's error page, a code newer than this client).
 */
export type ApiFailureCode = ErrorCode | 'network' | 'unexpected_response';

export interface ApiFailure {
  ok: false;
  code: ApiFailureCode;
  message: string;
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

async function failure(response: Response): Promise<ApiFailure> {
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    return { ok: false, code: 'unexpected_response', message: `Postwright answered ${response.status}. Try again.` };
  }
  const { code, message, issues } = parsed.data.error;
  return { ok: false, code: isErrorCode(code) ? code : 'unexpected_response', message, issues };
}

async function call<S extends $ZodType | null>(
  schema: S,
  input: string,
  init: RequestInit,
): Promise<ApiResult<S extends $ZodType ? output<S> : undefined>> {
  type Data = S extends $ZodType ? output<S> : undefined;
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch {
    return { ok: false, code: 'network', message: 'No connection to Postwright. Check your network and try again.' };
  }
  if (!response.ok) return failure(response);
  if (schema === null) return { ok: true, data: undefined as Data };
  const parsed = z.safeParse(schema, await response.json().catch(() => undefined));
  if (!parsed.success) {
    return { ok: false, code: 'unexpected_response', message: 'Postwright sent an answer this page cannot read.' };
  }
  return { ok: true, data: parsed.data as Data };
}

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
