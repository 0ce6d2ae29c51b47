// Next's side of the whole-page cache (lib/server/script-free-page/page-html-cache.ts), for a page's getServerSideProps.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { createPageHtmlCache } from '@/lib/server/script-free-page/page-html-cache';

type PageHtmlCache = ReturnType<typeof createPageHtmlCache>;

// Next marks a request for a page's props as JSON (`/_next/data/{build}/….json`, the same getServerSideProps)
// in its request metadata, under this global symbol (next/dist/server/request-meta.js); the cache is for the
// page's HTML only. (The cache also keeps nothing but HTML, whatever this says.)
const NEXT_REQUEST_META = Symbol.for('NextInternalRequestMeta');
const isDataRequest = (request: IncomingMessage) =>
  Boolean(
    (request as unknown as Record<symbol, { isNextDataReq?: boolean } | undefined>)[NEXT_REQUEST_META]?.isNextDataReq,
  );

/** Answers the request with the page kept under `key` and returns true; false (nothing written) when none is. */
export function servedFromCache(
  cache: PageHtmlCache,
  key: string,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  return !isDataRequest(request) && cache.serve(key, request, response);
}

/**
 * Keeps the page Next is about to render for this request under `key`. For a page whose key is known only
 * once its data is read: the caller decides the page may be kept (what it shows is all named by the key).
 */
export function keepRenderedPage(
  cache: PageHtmlCache,
  key: string,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  if (!isDataRequest(request)) cache.record(key, request, response);
}

/**
 * Answers the request with the page kept under `key` and returns true; or returns false and keeps the page
 * Next is about to render for it. When the same page is being rendered for another request, waits for that
 * render and answers with what it kept (`serveOrRecord`). Call it only once the page is known to be shown
 * (not revoked, expired or unpublished): that is decided per request, before the cache.
 */
export async function answeredFromCache(
  cache: PageHtmlCache,
  key: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  return !isDataRequest(request) && cache.serveOrRecord(key, request, response);
}

/**
 * getServerSideProps's result once it has answered the request itself: Next renders nothing for a response
 * that has ended (next/dist/server/render.js, `isResSent`), so the props are never read.
 */
export function alreadyAnswered<P>(): { props: P } {
  return { props: {} as P };
}
