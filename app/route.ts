// GET / - the home page (plain HTML, no client script: see lib/site-page/document.ts)
import { DEFAULT_ROLE_ID, getRoleCatalog } from '@/lib/catalog';
import { sitePageHeaders } from '@/lib/site-page/headers';
import { renderHomePage } from '@/lib/site-page/home-page';

export function GET() {
  return new Response(renderHomePage(getRoleCatalog(DEFAULT_ROLE_ID)!), { headers: sitePageHeaders });
}
