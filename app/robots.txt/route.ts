// GET /robots.txt - points crawlers to the sitemap and keeps the private share previews (/p/) out
import { baseSecurityHeaders } from '@/lib/server/http/security-headers';
import { publicOrigin } from '@/lib/server/http/share-urls';
import { buildRobotsTxt } from '@/lib/server/publishing/sitemap';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return new Response(buildRobotsTxt(publicOrigin(request)), {
    headers: {
      ...baseSecurityHeaders,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
