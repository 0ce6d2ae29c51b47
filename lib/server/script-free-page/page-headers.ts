import { baseSecurityHeaders } from '../http/security-headers';

export interface ScriptFreePageOptions {
  /** The page has a form that submits to us (a GET search form, say). */
  forms?: boolean;
  /** Keep the page out of search engines (share links are private). */
  noindex?: boolean;
  cacheControl?: string;
  /** `next dev` serves every page with its client runtime and hot reload: allow those there, only there. */
  dev?: boolean;
}

/**
 * The policy of a page that runs no script: nothing but our own stylesheets (the one Tailwind build, a job's
 * accent sheet) and images (ours, and https images such as an employer's logo). No inline style and no per-request nonce, so such a page can skip the proxy and be cached.
 */
export function scriptFreePageCsp({ forms = false, dev = false }: ScriptFreePageOptions = {}): string {
  return [
    `default-src 'none'`,
    ...(dev ? [`script-src 'self' 'unsafe-inline' 'unsafe-eval'`] : []),
    `style-src 'self'${dev ? ` 'unsafe-inline'` : ''}`,
    // https: for the employer's logo (company.logoUrl), which its own server hosts; https only (no mixed content).
    `img-src 'self' data: https:`,
    // No script can run here; this lets tools that fetch from the page (Lighthouse reads /robots.txt that
    // way) reach our own origin.
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    `base-uri 'none'`,
    `form-action ${forms ? `'self'` : `'none'`}`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** Every header of a script-free page: the baseline of every response, its policy and caching. */
export function scriptFreePageHeaders(options: ScriptFreePageOptions = {}): Record<string, string> {
  return {
    ...baseSecurityHeaders,
    'Content-Security-Policy': scriptFreePageCsp(options),
    ...(options.noindex ? { 'X-Robots-Tag': 'noindex' } : {}),
    'Cache-Control': options.cacheControl ?? 'private, no-cache',
  };
}
