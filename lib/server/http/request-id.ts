import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

// Imports nothing relative: server.mjs loads it directly (Node strips the types).

export const REQUEST_ID_HEADER = 'x-request-id';

// What a proxy's id may look like: enough for UUIDs, ULIDs and nginx's $request_id, nothing that could
// break a log line or a header.
const PROXY_REQUEST_ID = /^[\w.:@+=/-]{1,128}$/;

interface Exchange {
  req: { headers: IncomingHttpHeaders };
  res: { setHeader(name: string, value: string): unknown };
}

/**
 * Gives a request its id, from a trusted proxy's `X-Request-Id` or a fresh UUID, and sends it back as
 * `X-Request-Id`. Without trust a client's own header is replaced: it could otherwise pin its requests to
 * someone else's id in the logs.
 */
export function assignRequestId({ req, res }: Exchange, trustProxy: boolean): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = trustProxy && typeof incoming === 'string' && PROXY_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The id server.mjs gave this request (none in tests, which run without server.mjs). */
export function requestIdOf(request: Request): string | undefined {
  return request.headers.get(REQUEST_ID_HEADER) ?? undefined;
}
