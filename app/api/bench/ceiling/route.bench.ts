// GET /api/bench/ceiling?bytes=N - the bench's ceiling: N bytes of constant HTML from the thinnest route handler,
// so the bench can say how near a page comes to what Next serves at all. It exists only in the bench's build
// (next.config.ts `pageExtensions` takes `.bench.ts` only with POSTWRIGHT_BENCH_ROUTES=1): no user build has it.
import { ApiError } from '@/lib/server/http/api-error';
import { baseSecurityHeaders } from '@/lib/server/http/security-headers';

export const dynamic = 'force-dynamic';

const MAX_BYTES = 1024 * 1024;
const bodies = new Map<number, string>();

export function GET(request: Request) {
  const bytes = Number(new URL(request.url).searchParams.get('bytes'));
  if (!Number.isInteger(bytes) || bytes < 1 || bytes > MAX_BYTES) {
    return new ApiError('invalid_request', `bytes must be a whole number from 1 to ${MAX_BYTES}`).toResponse();
  }
  // The same few sizes are asked for over and over: keep each string once (at most eight sizes).
  let body = bodies.get(bytes);
  if (body === undefined) {
    if (bodies.size >= 8) bodies.clear();
    body = `<!DOCTYPE html>${'x'.repeat(Math.max(0, bytes - 15))}`.slice(0, bytes);
    bodies.set(bytes, body);
  }
  return new Response(body, { headers: { ...baseSecurityHeaders, 'Content-Type': 'text/html; charset=utf-8' } });
}
