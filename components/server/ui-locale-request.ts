import '#server-only';

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GetServerSidePropsContext, Redirect } from 'next';
import { isLanguage } from '@/lib/shared/draft/draft-schema';
import { negotiateUiLocale, switchRedirect, uiLocaleCookie } from '@/lib/server/ui-locale/negotiate';
import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';

/**
 * The employer's pages' language for a page request (the builder, My postings, Import). `?lang=xx` is the
 * language switch (a GET form, so it works without script): it is remembered in a cookie and answered with
 * a 303 back to the same page without it, so a reload or a shared address does not switch again.
 */
export function uiLocaleForRequest(
  context: Pick<GetServerSidePropsContext, 'req' | 'res' | 'query'>,
): { redirect: Redirect } | { locale: UiLocale } {
  const { req, res, query } = context;
  if (isLanguage(query.lang)) {
    res.setHeader('Set-Cookie', uiLocaleCookie(query.lang));
    return { redirect: { destination: switchRedirect(req.url ?? '/'), statusCode: 303 } };
  }
  return { locale: negotiatedUiLocale({ req, res }) };
}

/** The request's UI language (cookie, else Accept-Language), with the `Vary` that choice needs. */
export function negotiatedUiLocale({ req, res }: { req: IncomingMessage; res: ServerResponse }): UiLocale {
  // The page's words depend on these two request headers.
  res.setHeader('Vary', 'Accept-Language, Cookie');
  return negotiateUiLocale({ cookie: req.headers.cookie, acceptLanguage: req.headers['accept-language'] });
}
