import type { Draft } from '@/lib/shared/draft/draft-schema';
import { callApiForResponse } from './api-client';

// POST /api/render and /api/checks: they read a draft and store nothing. Rendered files come back as the
// answer itself (its type and file name are in its headers), not JSON.

export interface RenderQuery {
  format: 'markdown' | 'html' | 'text' | 'pdf';
  download?: boolean;
  pageSize?: 'A4' | 'LETTER';
}

export function renderPath({ format, download, pageSize }: RenderQuery): string {
  const query = new URLSearchParams({ format });
  if (download) query.set('download', '1');
  if (pageSize) query.set('pageSize', pageSize);
  return `/api/render?${query}`;
}

/** A draft (already JSON) to a route that reads one. */
export function postDraft(path: string, body: string, init: Pick<RequestInit, 'signal'> = {}) {
  return callApiForResponse(path, { ...init, method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

export const renderDraft = (draft: Draft, query: RenderQuery) => postDraft(renderPath(query), JSON.stringify(draft));
