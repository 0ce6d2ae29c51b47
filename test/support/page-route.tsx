// Calls a Pages Router page the way Next does (getServerSideProps, then the page rendered with its <head>
// tags collected and written to the response) and answers a Response, so the route suites can test /p/{id},
// /jobs, /jobs/{id} and /review/… like routes. As in Next, a getServerSideProps that ends the response itself
// (a page served from a whole-page cache) is answered with what it wrote, and nothing is rendered.
import type { ParsedUrlQuery } from 'node:querystring';
import { Readable } from 'node:stream';
import type { GetServerSideProps } from 'next';
import { HeadManagerContext } from 'next/dist/shared/lib/head-manager-context.shared-runtime';
import type { ComponentType, ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** The part of Node's ServerResponse the pages use, keeping what is written. */
function recordingResponse() {
  const headers = new Headers();
  const chunks: Buffer[] = [];
  const take = (chunk: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  // Node emits 'close' once a response has ended (or its client has gone); the whole-page cache listens for it.
  const onClose: (() => void)[] = [];
  const res = {
    statusCode: 200,
    headersSent: false,
    writableEnded: false,
    destroyed: false,
    once(event: string, listener: () => void) {
      if (event === 'close') onClose.push(listener);
      return res;
    },
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
      return res;
    },
    getHeader: (name: string) => headers.get(name) ?? undefined,
    write(chunk: unknown) {
      res.headersSent = true;
      take(chunk);
      return true;
    },
    end(chunk?: unknown) {
      res.headersSent = true;
      take(chunk);
      res.writableEnded = true;
      for (const listener of onClose.splice(0)) listener();
      return res;
    },
  };
  return { res, headers, body: () => Buffer.concat(chunks) };
}

export function pageRoute<P extends object, Q extends ParsedUrlQuery = ParsedUrlQuery>(
  Page: ComponentType<P>,
  getServerSideProps: GetServerSideProps<P, Q>,
) {
  return async (request: Request, { params }: { params: Promise<Record<string, string>> }) => {
    const url = new URL(request.url);
    const { res, headers, body } = recordingResponse();
    // A stream of the request's body (a posted form), as Node's IncomingMessage is.
    const bytes = request.body ? Buffer.from(await request.arrayBuffer()) : null;
    const req = Object.assign(Readable.from(bytes ? [bytes] : []), {
      method: request.method,
      url: url.pathname + url.search,
      headers: { ...Object.fromEntries(request.headers), host: url.host },
    });
    const result = await getServerSideProps({
      req,
      res,
      params: await params,
      query: Object.fromEntries(url.searchParams),
      resolvedUrl: url.pathname,
    } as never);
    if ('redirect' in result) {
      const { destination } = result.redirect;
      const status = 'statusCode' in result.redirect ? result.redirect.statusCode : 307;
      headers.set('Location', destination);
      return new Response(null, { status, headers });
    }
    if (!res.writableEnded) {
      if (!('props' in result)) throw new Error('a page always answers with props here');
      let head: ReactElement[] = [];
      const markup = renderToStaticMarkup(
        <HeadManagerContext.Provider
          value={{ mountedInstances: new Set(), updateHead: (tags: ReactElement[]) => (head = tags) }}
        >
          <Page {...((await result.props) as P)} />
        </HeadManagerContext.Provider>,
      );
      const html = `<!DOCTYPE html><html><head>${renderToStaticMarkup(<>{head}</>)}</head><body>${markup}</body></html>`;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(html);
    }
    const status = res.statusCode;
    const bodiless = status === 304 || request.method === 'HEAD';
    return new Response(bodiless ? null : body(), { status, headers });
  };
}
