import { scriptFreePageHeaders } from './page-headers';
import { SCRIPT_FREE_PAGES } from './routes';

/**
 * The headers of the script-free pages prerendered at build time (getStaticProps), by path pattern: such a
 * page runs no code per request, so next.config.ts `headers()` sends these.
 */
export function staticPageHeaders({ dev = false } = {}): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.values(SCRIPT_FREE_PAGES)
      .filter((route) => 'prerendered' in route && route.prerendered)
      .map((route) => [route.path, scriptFreePageHeaders({ ...route, dev })]),
  );
}

/**
 * The GET form's fields on `/skills`: a request naming any of them (not empty) is a filtered view, rewritten
 * to /skills/search and rendered per request; an empty or absent field is the unfiltered, prerendered view.
 */
export const CATALOG_QUERY_FIELDS = ['q', 'category', 'sort'] as const;

/** The languages `/skills?lang=` is prerendered in besides English (pages/skills/language/[lang].tsx). */
export const CATALOG_PAGE_LANGUAGES = ['de', 'fr', 'es', 'nl'] as const;
