/** The CSP for pages: scripts only with this request's nonce (Next adds it to its own scripts). */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    // Style attributes (bar widths) are harmless and cannot carry a nonce.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    `frame-src 'self' blob:`,
    ...(dev ? [] : ['upgrade-insecure-requests']),
  ].join('; ');
}

/** Headers every response carries, pages and API alike. */
export const baseSecurityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  // No page of ours needs to tell other sites where a visitor came from (share links are private).
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * Every answer under a path whose address holds a secret (the reviewer's page, `/review/{id}/{token}`),
 * redirects and errors included: never stored, never framed, the address never sent on.
 */
export const privateLinkHeaders: Record<string, string> = {
  ...baseSecurityHeaders,
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
};
