import { scriptFreePageHeaders } from './page-headers';

/**
 * The script-free pages prerendered at build time (getStaticProps) and the headers each is sent with.
 * A prerendered page runs no code per request, so next.config.ts `headers()` sends these; the catalog's
 * filtered views, rendered per request, set the same from getServerSideProps.
 */
export function staticPageHeaders({ dev = false } = {}) {
  return {
    '/': scriptFreePageHeaders({ cacheControl: 'public, max-age=300', dev }),
    '/skills': scriptFreePageHeaders({ forms: true, cacheControl: 'public, max-age=300', dev }),
    // The catalog in another language, when asked for at its own path rather than as `/skills?lang=`.
    '/skills/language/:lang': scriptFreePageHeaders({ forms: true, cacheControl: 'public, max-age=300', dev }),
  } as const;
}

/**
 * The GET form's fields on `/skills`: a request naming any of them (not empty) is a filtered view, rewritten
 * to /skills/search and rendered per request; an empty or absent field is the unfiltered, prerendered view.
 */
export const CATALOG_QUERY_FIELDS = ['q', 'category', 'sort'] as const;

/** The languages `/skills?lang=` is prerendered in besides English (pages/skills/language/[lang].tsx). */
export const CATALOG_PAGE_LANGUAGES = ['de', 'fr', 'es', 'nl'] as const;
