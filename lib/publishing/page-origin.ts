import type { IncomingMessage } from 'node:http';
import { publicOrigin } from '../http/share-urls';

/** The public origin for a Pages Router request: the same rule as the API's (server.mjs set the forwarded headers). */
export function pageOrigin(req: Pick<IncomingMessage, 'headers' | 'url'>): string {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const headers = new Headers();
  for (const name of ['x-forwarded-host', 'x-forwarded-proto']) {
    const value = header(name);
    if (value) headers.set(name, value);
  }
  const host = header('host') ?? 'localhost';
  return publicOrigin(new Request(new URL(req.url ?? '/', `http://${host}`), { headers }));
}
