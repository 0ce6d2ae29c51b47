// Which methods reach which handlers. Imports nothing relative at run time: server.mjs loads it directly.
import type { ScriptFreeRoute } from '../script-free-page/routes';

/** The methods a route handler can export (Next refuses any other before a handler runs). */
export const ROUTE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

/** Pages (everything outside /api/) are read-only. */
export const PAGE_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;

/** Except a script-free page whose plain forms post back to it (lib/server/script-free-page/routes.ts, `post`). */
export const FORM_PAGE_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const;

/** The methods a path outside /api/ takes, for its `Allow`: given the script-free page at that path, if any. */
export function pageMethods(page: Pick<ScriptFreeRoute, 'post'> | undefined): readonly string[] {
  return page?.post ? FORM_PAGE_METHODS : PAGE_METHODS;
}

/**
 * server.mjs hands a request with any other method (TRACE, PROPFIND…) on an /api/ path to its route as
 * OPTIONS, naming the real method in this header, so the route answers 405 with its own `Allow`.
 */
export const UNSUPPORTED_METHOD_HEADER = 'x-postwright-unsupported-method';

export function isRouteMethod(method: string): method is RouteMethod {
  return (ROUTE_METHODS as readonly string[]).includes(method);
}
