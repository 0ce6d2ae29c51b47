// The one table of the pages that run no script. Read by the page wrapper (script-free-page.ts: headers and
// methods), next.config.ts (headers of the prerendered ones), server.mjs (methods, private-link headers, and
// the mark that keeps these pages out of proxy.ts's nonce policy). Imports nothing: server.mjs loads it directly.

export interface ScriptFreeRoute {
  /** Next's pattern of the page's path: `:name` is one segment. */
  path: string;
  /** Rendered at build time (getStaticProps): no code runs per request, so next.config.ts sends its headers. */
  prerendered?: boolean;
  /** The page has a form that submits to us (`form-action 'self'`). */
  forms?: boolean;
  /** Its forms post back to it (POST, then 303 to GET); every other page takes GET, HEAD and OPTIONS only. */
  post?: boolean;
  /** Kept out of search engines (share and review links are private). */
  noindex?: boolean;
  /** Its address holds a token: every answer under it, redirects included, gets the private-link headers. */
  privateLink?: boolean;
  cacheControl: string;
}

const PRERENDERED = 'public, max-age=300';

export const SCRIPT_FREE_PAGES = {
  home: { path: '/', prerendered: true, cacheControl: PRERENDERED },
  catalog: { path: '/skills', prerendered: true, forms: true, cacheControl: PRERENDERED },
  // The catalog in another language, when asked for at its own path rather than as `/skills?lang=`.
  catalogLanguage: { path: '/skills/language/:lang', prerendered: true, forms: true, cacheControl: PRERENDERED },
  // The catalog's filtered views (next.config.ts rewrites `/skills?q=…` here): the catalog's headers.
  catalogSearch: { path: '/skills/search', forms: true, cacheControl: PRERENDERED },
  share: { path: '/p/:id', noindex: true, cacheControl: 'private, no-cache' },
  // Revalidated on every view: a job that is taken down must be gone at once, from every cache.
  jobs: { path: '/jobs', cacheControl: 'public, no-cache' },
  job: { path: '/jobs/:id', cacheControl: 'public, no-cache' },
  // No referrer and never kept: the review token is in the address.
  review: {
    path: '/review/:id/:token',
    forms: true,
    post: true,
    noindex: true,
    privateLink: true,
    cacheControl: 'no-store',
  },
} as const satisfies Record<string, ScriptFreeRoute>;

/**
 * The answer to an address no page takes (pages/[...unknown].tsx): script-free, declared through the same
 * wrapper, but not in the table: it has no address of its own, so nothing lies "under" it.
 */
export const UNKNOWN_ADDRESS_PAGE: ScriptFreeRoute = { path: '/:...unknown', cacheControl: 'private, no-cache' };

const ROUTES: readonly ScriptFreeRoute[] = Object.values(SCRIPT_FREE_PAGES);

const patternSource = (path: string) =>
  path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');

const exact = ROUTES.map((route) => ({ route, pattern: new RegExp(`^${patternSource(route.path)}$`) }));
// What lies under a page's fixed part (/jobs/{id}/card.png, /review/{id} and /review//{token}: a token in any
// address under /review/ stays private): not the home page's. The deepest page first: /jobs/{id}/card.png is
// the job's, not the list's.
const fixedPart = (path: string) => path.split('/:')[0]!;
const below = ROUTES.filter((route) => route.path !== '/')
  .map((route) => ({ route, pattern: new RegExp(`^${patternSource(fixedPart(route.path))}/`) }))
  .sort((a, b) => b.route.path.split('/').length - a.route.path.split('/').length);

/** The script-free page at exactly this path (no query), if any. */
export function scriptFreeRoute(path: string): ScriptFreeRoute | undefined {
  return exact.find(({ pattern }) => pattern.test(path))?.route;
}

/** The script-free page this path is, or lies under. */
export function scriptFreeArea(path: string): ScriptFreeRoute | undefined {
  return scriptFreeRoute(path) ?? below.find(({ pattern }) => pattern.test(path))?.route;
}

/**
 * Set by server.mjs (and only by it: a client's own is dropped) on a request under a script-free page, so
 * that proxy.ts's matcher, which Next reads at build time and cannot compute, skips it by this header.
 */
export const SCRIPT_FREE_REQUEST_HEADER = 'x-postwright-script-free';
