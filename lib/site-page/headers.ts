import { baseSecurityHeaders } from '../http/security-headers';
import { sitePageCsp } from './document';

/** Headers of the hand-built site pages (they skip the proxy: no nonce needed). */
export const sitePageHeaders: Record<string, string> = {
  ...baseSecurityHeaders,
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': sitePageCsp,
  'Cache-Control': 'public, max-age=300',
};
