// GET /skills?q=&category=&sort= - the skill catalog (plain HTML, no client script)
import type { NextRequest } from 'next/server';
import { DEFAULT_ROLE_ID, getRoleCatalog } from '@/lib/catalog';
import { parseCatalogQuery, renderCatalogPage } from '@/lib/site-page/catalog-page';
import { sitePageHeaders } from '@/lib/site-page/headers';

export function GET(request: NextRequest) {
  const catalog = getRoleCatalog(DEFAULT_ROLE_ID)!;
  const html = renderCatalogPage(catalog, parseCatalogQuery(request.nextUrl.searchParams, catalog));
  return new Response(html, { headers: sitePageHeaders });
}
