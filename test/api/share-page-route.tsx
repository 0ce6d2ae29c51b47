// The share page `/p/{id}` is a Pages Router page (pages/p/[id].tsx). For the API suite it is called the way
// Next calls it: getServerSideProps with the request and response, then the page rendered to HTML with its
// <head> tags collected as Next collects them, answered as a Response like the route handlers' answers.
import { HeadManagerContext } from 'next/dist/shared/lib/head-manager-context.shared-runtime';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import SharedPostingRoute, { getServerSideProps } from '../../pages/p/[id]';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const headers = new Headers();
  const res = { statusCode: 200, setHeader: (name: string, value: string) => headers.set(name, value) };
  const req = { url: url.pathname + url.search, headers: { host: url.host } };
  const result = await getServerSideProps({
    req,
    res,
    params: await params,
    query: {},
    resolvedUrl: url.pathname,
  } as never);
  if (!('props' in result)) throw new Error('the share page always answers with props');
  const mountedInstances = new Set<unknown>();
  let head: ReactElement[] = [];
  const body = renderToStaticMarkup(
    <HeadManagerContext.Provider value={{ mountedInstances, updateHead: (tags: ReactElement[]) => (head = tags) }}>
      <SharedPostingRoute {...await result.props} />
    </HeadManagerContext.Provider>,
  );
  const html = `<!DOCTYPE html><html><head>${renderToStaticMarkup(<>{head}</>)}</head><body>${body}</body></html>`;
  headers.set('content-type', 'text/html; charset=utf-8');
  return new Response(html, { status: res.statusCode, headers });
}
