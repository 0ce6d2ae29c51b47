import { expect } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import type { CreatedPostingBody } from '../../lib/shared/postings/postings-contract';
import { call, newClient, type Handler } from './route-client';

/** POST /api/postings (with `query`, e.g. `?expiresAt=…`) from a client of its own, whatever it answers. */
export function postDraft(post: Handler, draft: unknown = exampleDraft, client = newClient(), query = '') {
  return call(post, `/api/postings${query}`, { method: 'POST', body: draft, client });
}

/** A stored posting to test the other endpoints on: POST /api/postings must take it (201). */
export async function createPosting(
  post: Handler,
  draft: unknown = exampleDraft,
  client = newClient(),
): Promise<CreatedPostingBody> {
  const res = await postDraft(post, draft, client);
  expect(res.status).toBe(201);
  return res.body as CreatedPostingBody;
}

type Answer = Awaited<ReturnType<typeof call>>;

/** Each of `inputs`, sent by `send`, is refused: 400 invalid_request (the input names a failing one). */
export async function expectInvalidRequests<T>(
  inputs: readonly T[],
  send: (input: T) => Promise<Answer>,
  check?: (body: Answer['body']) => void,
) {
  for (const input of inputs) {
    const res = await send(input);
    expect(res.status, String(input)).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    check?.(res.body);
  }
}
