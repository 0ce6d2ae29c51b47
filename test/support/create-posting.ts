import { expect } from 'vitest';
import { exampleDraft } from '../../lib/draft/example-draft';
import type { CreatedPostingBody } from '../../lib/http/postings-contract';
import { call, newClient, type Handler } from './route-client';

/** A stored posting to test the other endpoints on: POST /api/postings must take it (201). */
export async function createPosting(
  post: Handler,
  draft: unknown = exampleDraft,
  client = newClient(),
): Promise<CreatedPostingBody> {
  const res = await call(post, '/api/postings', { method: 'POST', body: draft, client });
  expect(res.status).toBe(201);
  return res.body as CreatedPostingBody;
}
