/**
 * Who is asking, for rate limits: the address server.mjs resolved (lib/server/http/request-source.ts) and put in
 * X-Forwarded-For as its only entry. Without server.mjs (tests) the last entry is taken, the
 * one nearest the server: anything before it could have been written by the client.
 */
export function clientKey(request: Request): string {
  const entries = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-1) ?? 'unknown';
}
