import '#server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ParsedUrlQuery } from 'node:querystring';
import { ApiError } from '../http/api-error';
import { enforceRateLimit } from '../http/rate-limit-guard';
import { storeError, type StoreFailure } from '../http/store-error';
import { FormBodyError, isCrossSiteForm, readFormBody } from '../review/form-request';
import { scriptFreePageHeaders } from './page-headers';
import type { ScriptFreeRoute } from './routes';

// The one way to declare a page that runs no script (its entry in routes.ts, then this around its data):
// its headers and policy, its request as a `Request`, its form posts (same-site, rate-limited, bounded)
// and the status of a failure, from the same mapper as the API's (lib/server/http/store-error.ts).

export interface PageContext<Params, F = never> {
  req: IncomingMessage;
  res: ServerResponse;
  params: Params;
  query: ParsedUrlQuery;
  /** The request as the rate limits read it (its headers; server.mjs has resolved the client and origin). */
  readonly request: Request;
  /** Set on a POST that was read, or refused, and not redirected. */
  posted?: Posted<F>;
}

export type PageAnswer<P> = { props: P } | { failure: StoreFailure; props: P };

/**
 * What a post came to: a redirect (303, to GET the page again), the page shown again with its form and this
 * status, or null: nothing to show of it (the page shows what a GET would).
 */
export type PostAnswer<F> = { redirect: string } | { status: number; form: F } | null;

/** What the page's own check of a post said, or why the post was not read (with the status either answers). */
export type Posted<F> = { status: number; form: F } | { status: number; refused: string };

export interface ScriptFreePage<P, Params, F> {
  load(context: PageContext<Params, F>): Promise<PageAnswer<P>>;
  /** The page's forms (its route has `post`): called with the posted fields once they are read. */
  post?(context: PageContext<Params, F>, fields: URLSearchParams): Promise<PostAnswer<F>>;
}

/** What Next hands a page's getServerSideProps (lib/ names it itself: it never imports Next). */
export interface PageRequest<Params> {
  req: IncomingMessage;
  res: ServerResponse;
  params?: Params;
  query: ParsedUrlQuery;
}

/** What getServerSideProps answers: props to render, or a redirect. */
export type PageResult<P> = { props: P } | { redirect: { destination: string; statusCode: 303 } };

/** The headers of a Node request as a `Request` (no body: a form's body is read from the Node request). */
function requestOf(req: Pick<IncomingMessage, 'headers'>): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  // Only the headers are read: the address is a placeholder.
  return new Request('http://localhost/', { headers });
}

/** The status a failure answers with: the API's, but a page never asks for credentials (no 401). */
function failureStatus(failure: StoreFailure): number {
  if (failure.status === 'unauthorized') return 403;
  return storeError(failure).status;
}

async function readPost<F>(
  page: ScriptFreePage<unknown, never, F>,
  context: PageContext<never, F>,
): Promise<{ redirect: string } | Posted<F> | null> {
  const { req } = context;
  try {
    if (isCrossSiteForm(req)) throw new FormBodyError(403, 'This form was sent from another site.');
    await enforceRateLimit(context.request, 'write');
    const answer = await page.post!(context, await readFormBody(req));
    return answer;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'rate_limited') {
      context.res.setHeader('Retry-After', error.headers['Retry-After'] ?? '60');
      return { status: error.status, refused: `${error.message}.` };
    }
    if (error instanceof FormBodyError) return { status: error.httpStatus, refused: error.message };
    throw error;
  }
}

export function scriptFreePage<P extends object, Params extends ParsedUrlQuery = ParsedUrlQuery, F = never>(
  route: ScriptFreeRoute,
  page: ScriptFreePage<P, Params, F>,
): (request: PageRequest<Params>) => Promise<PageResult<P>> {
  if (Boolean(route.post) !== Boolean(page.post))
    throw new Error(`${route.path}: a page posts if and only if its route does`);
  // The same for every request to the page: made once.
  const headers = scriptFreePageHeaders({ ...route, dev: process.env.NODE_ENV === 'development' });
  return async ({ req, res, params, query }) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    let request: Request | undefined;
    // Made only for a page that reads it (a rate limit): most GETs never do.
    const context: PageContext<Params, F> = {
      req,
      res,
      params: params as Params,
      query,
      get request() {
        return (request ??= requestOf(req));
      },
    };
    // server.mjs lets POST through only to a route with `post`.
    if (req.method === 'POST' && page.post) {
      const answer = await readPost(page as ScriptFreePage<unknown, never, F>, context as PageContext<never, F>);
      if (answer && 'redirect' in answer) return { redirect: { destination: answer.redirect, statusCode: 303 } };
      if (answer) {
        res.statusCode = answer.status;
        context.posted = answer;
      }
    }
    const answer = await page.load(context);
    if ('failure' in answer) {
      res.statusCode = failureStatus(answer.failure);
      // A notice (not found, gone, refused) is not for search results, whatever the page it stands for.
      res.setHeader('X-Robots-Tag', 'noindex');
    }
    return { props: answer.props };
  };
}
