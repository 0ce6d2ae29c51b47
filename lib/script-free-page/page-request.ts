import type { IncomingMessage } from 'node:http';

/**
 * A Pages Router page's request as a web Request, for lib/ helpers that take one (share links read the
 * origin from it). Only the URL and the forwarding headers server.mjs has already settled are carried.
 */
export function pageRequest(req: Pick<IncomingMessage, 'url' | 'headers'>): Request {
  const headers = new Headers();
  for (const name of ['host', 'x-forwarded-host', 'x-forwarded-proto'] as const) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const host = headers.get('host') ?? 'localhost';
  return new Request(new URL(req.url ?? '/', `http://${host}`), { headers });
}
