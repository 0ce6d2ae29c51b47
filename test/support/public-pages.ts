import type { AppProps } from 'next/app';
import { createElement, type ComponentType } from 'react';
import { appDatabase } from './app-database';
import { pageRoute } from './page-route';
import { call, newClient } from './route-client';
import { beforeAllRoutes } from './suite-routes';

// What the suites of the public pages (/jobs, /jobs/{id}, /p/{id}) share: the app on a SQLite file of its own,
// each page rendered as Next serves it, and a posting's publish and unpublish through the API route.

/**
 * Registers the suite's set-up: a fresh SQLite file (and any other settings) before `load` imports the routes
 * and hands them to `loaded`; the database closed and removed after the suite (appDatabase's SQLite set-up).
 */
export function onAppWithSqlite<T>(
  prefix: string,
  load: () => Promise<T>,
  loaded: (routes: T) => void,
  env: Record<string, string> = {},
) {
  beforeAllRoutes(appDatabase('SQLite', prefix, env)(load), loaded);
}

interface PageModule {
  default: ComponentType<never>;
  getServerSideProps: unknown;
}

/** A page as Next serves it: inside _app (which picks the chrome by the route's pattern), through its getServerSideProps. */
export async function servedPage(module: PageModule, pathname: string) {
  const App = (await import('../../pages/_app')).default;
  function Routed(props: object) {
    return createElement(App, {
      Component: module.default as never,
      pageProps: props,
      router: { pathname } as AppProps['router'],
    });
  }
  return pageRoute(Routed, module.getServerSideProps as never);
}

type PublishRoute = Record<'POST' | 'DELETE', Parameters<typeof call>[0]>;

/** Publishes (POST) or unpublishes (DELETE) posting `id` with its edit token, as a client of its own. */
export const publishCall = (route: PublishRoute, id: string, token: string, method: 'POST' | 'DELETE' = 'POST') =>
  call(route[method], `/api/postings/${id}/publish`, {
    method,
    params: { id },
    headers: { authorization: `Bearer ${token}` },
    client: newClient(),
  });
