// The request target Next is handed, always in origin-form (path and query). Imports nothing relative:
// server.mjs loads it directly (Node strips the types).

/**
 * `GET http://evil.example/jobs HTTP/1.1` (absolute-form, RFC 9112 §3.2.2) reaches Node with the whole URL
 * as `req.url`, and Next builds its redirects on it: a redirect would send the client to that host. A
 * server takes the path and query from it and ignores its host; a path starting with `//` would read as
 * another host in a `Location`, so repeated leading slashes become one. Undefined for a target that names
 * no path (`*`, garbage): the request is refused.
 */
export function originFormTarget(target: string): string | undefined {
  if (target.startsWith('/')) return target.replace(/^\/{2,}/, '/');
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return `${url.pathname.replace(/^\/{2,}/, '/')}${url.search}`;
}
