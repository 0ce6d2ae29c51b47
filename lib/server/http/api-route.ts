import '#server-only';
import { z } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { ApiError, toErrorResponse } from './api-error';
import { serverLog } from '../log/server-log';
import { UNSUPPORTED_METHOD_HEADER, type RouteMethod } from './http-methods';
import { parseInput } from './parse-input';
import { requestIdOf } from './request-id';

type RawParams = Record<string, string | string[] | undefined>;

export interface RouteContext<P> {
  request: Request;
  url: URL;
  /** The path's dynamic segments, through the route's `params` schema (a mismatch is a 404). */
  params: P;
  /** The query string through a schema: a bad or missing parameter is a 400 naming it. */
  query<S extends $ZodType>(schema: S): output<S>;
}

export type RouteHandler<P> = (context: RouteContext<P>) => Response | Promise<Response>;

type HandlerMethod = Exclude<RouteMethod, 'HEAD' | 'OPTIONS'>;
const HANDLER_METHODS: readonly HandlerMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export type RouteSpec<P> = {
  params?: $ZodType<P>;
  /** Readable from any origin (CORS): every answer, errors too, says so, and a preflight is answered. */
  cors?: boolean;
} & Partial<Record<HandlerMethod, RouteHandler<P>>>;

// What a browser script on another origin may read and send: a revalidation, and the paging and limit headers.
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Link, Retry-After',
};

/** What Next calls: every method a route module may export. */
export type NextRouteHandlers = Record<
  RouteMethod,
  (request: Request, context: { params: Promise<RawParams> }) => Promise<Response>
>;

/**
 * The one way to write an API route: export every method it returns
 * (`export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ … })`). Each handler gets
 * typed params and query parsing; whatever it throws becomes the spec's JSON error (ApiError as is,
 * anything else a logged 500); answers are `no-store` unless the handler says otherwise; a method the
 * route does not take gets 405 with `Allow`; HEAD runs GET, OPTIONS lists the methods.
 */
export function apiRoute<P = Record<string, never>>(spec: RouteSpec<P>): NextRouteHandlers {
  const handled = HANDLER_METHODS.filter((method) => spec[method]);
  const allow = [...handled, ...(spec.GET ? ['HEAD'] : []), 'OPTIONS'].join(', ');

  const finish = spec.cors ? withCors : (response: Response) => response;
  const run = (method: HandlerMethod) => async (request: Request, context: { params: Promise<RawParams> }) =>
    finish(await answer(method, request, context));
  const answer = async (method: HandlerMethod, request: Request, context: { params: Promise<RawParams> }) => {
    const handler = spec[method];
    if (!handler) return methodNotAllowed(request.method, allow);
    try {
      const url = new URL(request.url);
      const params = await readParams(spec.params, await context.params);
      return withDefaults(await handler({ request, url, params, query: (schema) => readQuery(schema, url) }));
    } catch (error) {
      return toErrorResponse(error, (err) =>
        serverLog().error(
          { err, requestId: requestIdOf(request), method: request.method, url: request.url },
          'unexpected error',
        ),
      );
    }
  };

  const GET = run('GET');
  return {
    GET,
    HEAD: GET,
    POST: run('POST'),
    PUT: run('PUT'),
    PATCH: run('PATCH'),
    DELETE: run('DELETE'),
    async OPTIONS(request) {
      const unsupported = request.headers.get(UNSUPPORTED_METHOD_HEADER);
      if (unsupported) return finish(methodNotAllowed(unsupported, allow));
      const preflight = spec.cors && request.headers.has('access-control-request-method');
      return new Response(null, {
        status: 204,
        headers: {
          Allow: allow,
          'Cache-Control': 'no-store',
          ...(preflight
            ? {
                ...CORS_HEADERS,
                'Access-Control-Allow-Methods': allow,
                'Access-Control-Allow-Headers': 'If-None-Match',
                'Access-Control-Max-Age': '86400',
              }
            : spec.cors
              ? CORS_HEADERS
              : {}),
        },
      });
    },
  };
}

/**
 * A JSON answer whose body the type checker holds to the contract's schema; outside production the body is
 * also parsed with it, so every test that goes through a route checks the contract.
 */
export function jsonResponse<S extends $ZodType>(schema: S, body: output<S>, init?: ResponseInit): Response {
  if (process.env.NODE_ENV !== 'production') z.parse(schema, body);
  return Response.json(body, init);
}

function methodNotAllowed(method: string, allow: string): Response {
  return new ApiError('method_not_allowed', `${method} is not allowed here; this path takes ${allow}`, [], {
    Allow: allow,
  }).toResponse();
}

async function readParams<P>(schema: $ZodType<P> | undefined, raw: RawParams): Promise<P> {
  if (!schema) return raw as P;
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) throw new ApiError('not_found', 'Nothing exists at this path');
  return parsed.data;
}

function readQuery<S extends $ZodType>(schema: S, url: URL): output<S> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    raw[key] = values.length === 1 ? values[0]! : values;
  }
  return parseInput(schema, raw, 'query');
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch {
    // A response with immutable headers (one passed through from fetch): copy it.
    const copy = new Response(response.body, response);
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}

function withDefaults(response: Response): Response {
  return response.headers.has('cache-control') ? response : withHeaders(response, { 'Cache-Control': 'no-store' });
}

const withCors = (response: Response) => withHeaders(response, CORS_HEADERS);
