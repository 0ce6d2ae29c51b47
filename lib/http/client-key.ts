/**
 * Who is asking, for rate limits. Behind a trusted proxy the first X-Forwarded-For entry is the client;
 * otherwise the last one, which the Node server itself appends from the socket (a client can prepend
 * anything it likes, so the first entry is not to be believed).
 */
export function clientKey(request: Request, trustProxy: boolean): string {
  const forwarded = request.headers.get('x-forwarded-for');
  if (forwarded) {
    const parts = forwarded
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const chosen = trustProxy ? parts[0] : parts[parts.length - 1];
    if (chosen) return chosen;
  }
  return request.headers.get('x-real-ip') ?? 'unknown';
}
