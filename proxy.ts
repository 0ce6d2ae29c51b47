import { NextResponse, type NextRequest } from 'next/server';
import { baseSecurityHeaders, contentSecurityPolicy } from './lib/server/http/security-headers';

// A fresh nonce per page request: Next reads it from the request's CSP header and stamps its scripts.
// Not matched: the API, static files, and the pages that run no script (lib/server/script-free-page/routes.ts: home,
// the catalog, share, job and review pages), which send a fixed, stricter policy of their own. Next reads this
// matcher at build time and cannot compute it from that table, so server.mjs marks their requests with a
// header (SCRIPT_FREE_REQUEST_HEADER) and the matcher skips what carries it.
export function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(baseSecurityHeaders)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)',
      missing: [
        { type: 'header', key: 'x-postwright-script-free' },
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
