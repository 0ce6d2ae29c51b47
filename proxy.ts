import { NextResponse, type NextRequest } from 'next/server';
import { baseSecurityHeaders, contentSecurityPolicy } from './lib/http/security-headers';

// A fresh nonce per page request: Next reads it from the request's CSP header and stamps its scripts.
// The API and the share page (/p/…) set their headers themselves and are not matched at all.
// Pages built by hand without script (home, catalog) set a fixed policy of their own.
const selfContainedPages = new Set(['/', '/skills']);

export function proxy(request: NextRequest) {
  if (selfContainedPages.has(request.nextUrl.pathname)) return NextResponse.next();
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
      source: '/((?!api|p/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
