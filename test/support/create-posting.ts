import { expect } from 'vitest';
import { exampleDraft } from '../../lib/draft/example-draft';
import { call, newClient, type Handler } from './route-client';

export interface CreatedPosting {
  id: string;
  editToken: string;
  version: number;
  viewUrl: string;
  editUrl: string;
}

/** A stored posting to test the other endpoints on: POST /api/postings must take it (201). */
export async function createPosting(
  post: Handler,
  draft: unknown = exampleDraft,
  client = newClient(),
): Promise<CreatedPosting> {
  const res = await call(post, '/api/postings', { method: 'POST', body: draft, client });
  expect(res.status).toBe(201);
  return res.body as CreatedPosting;
}
