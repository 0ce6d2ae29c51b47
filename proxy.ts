import { NextResponse, type NextRequest } from 'next/server';
import { baseSecurityHeaders, contentSecurityPolicy } from './lib/http/security-headers';

// A fresh nonce per page request: Next reads it from the request's CSP header and stamps its scripts.
// Not matched: the API, and the script-free Pages Router pages (home `/`, `/skills` and its filtered views at
// `/skills/search`, the share page `/p/…`, review `/review/…` and job pages `/jobs…`), which send a fixed,
// stricter policy (lib/script-free-page/page-headers.ts: from getServerSideProps, or next.config.ts for the
// prerendered `/` and `/skills`). `.+` leaves out the bare `/`.
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
      source:
        '/((?!api|p/|skills$|skills/|review/|jobs$|jobs/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).+)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
