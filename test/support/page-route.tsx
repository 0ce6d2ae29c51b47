// Calls a Pages Router page the way Next does (getServerSideProps, then the page rendered with its <head>
// tags collected) and answers a Response, so the route suites can test /p/{id}, /jobs and /jobs/{id} like routes.
import type { ParsedUrlQuery } from 'node:querystring';
import type { GetServerSideProps } from 'next';
import { HeadManagerContext } from 'next/dist/shared/lib/head-manager-context.shared-runtime';
import type { ComponentType, ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export function pageRoute<P extends object, Q extends ParsedUrlQuery = ParsedUrlQuery>(
  Page: ComponentType<P>,
  getServerSideProps: GetServerSideProps<P, Q>,
) {
  return async (request: Request, { params }: { params: Promise<Record<string, string>> }) => {
    const url = new URL(request.url);
    const headers = new Headers();
    const res = { statusCode: 200, setHeader: (name: string, value: string) => headers.set(name, value) };
    const acceptLanguage = request.headers.get('accept-language');
    const req = {
      url: url.pathname + url.search,
      headers: { host: url.host, ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
    };
    const result = await getServerSideProps({
      req,
      res,
      params: await params,
      query: Object.fromEntries(url.searchParams),
      resolvedUrl: url.pathname,
    } as never);
    if (!('props' in result)) throw new Error('a page always answers with props here');
    let head: ReactElement[] = [];
    const body = renderToStaticMarkup(
      <HeadManagerContext.Provider
        value={{ mountedInstances: new Set(), updateHead: (tags: ReactElement[]) => (head = tags) }}
      >
        <Page {...((await result.props) as P)} />
      </HeadManagerContext.Provider>,
    );
    const html = `<!DOCTYPE html><html><head>${renderToStaticMarkup(<>{head}</>)}</head><body>${body}</body></html>`;
    headers.set('content-type', 'text/html; charset=utf-8');
    return new Response(html, { status: res.statusCode, headers });
  };
}
