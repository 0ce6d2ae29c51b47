import { createHash } from 'node:crypto';

/**
 * The policy of a page that runs no script and carries one fixed inline stylesheet: nothing is allowed
 * but that stylesheet (by hash), our own images and, when the page has one, a form posting back to us.
 * No per-request nonce is needed, so such a page can skip the proxy and be cached.
 */
export function staticPageCsp(stylesheet: string, { forms = false } = {}): string {
  const hash = createHash('sha256').update(stylesheet).digest('base64');
  return [
    `default-src 'none'`,
    `style-src 'sha256-${hash}'`,
    `img-src 'self' data:`,
    // No script can run here; this only lets tools that fetch from the page (Lighthouse reads
    // /robots.txt that way) reach our own origin.
    `connect-src 'self'`,
    `base-uri 'none'`,
    `form-action ${forms ? `'self'` : `'none'`}`,
    `frame-ancestors 'none'`,
  ].join('; ');
}
