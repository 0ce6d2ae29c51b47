import '#server-only';

import type { GetServerSidePropsContext, Redirect } from 'next';
import type { UiText } from '@/components/builder/ui-text';
import { BUILDER_MESSAGES } from '@/components/builder/messages/catalogs';
import { isLanguage } from '@/lib/draft/draft-schema';
import { renderMessages } from '@/lib/render/render-messages';
import { negotiateUiLocale, switchRedirect, uiLocaleCookie, type UiLocale } from '@/lib/ui-locale/ui-locale';
import { compileUiMessages, type UiMessages } from '@/lib/ui-locale/ui-messages';

// Compiled once per locale per process: the sources change only with a deploy.
const compiled = new Map<UiLocale, UiMessages>();

export function builderUiText(locale: UiLocale): UiText {
  let messages = compiled.get(locale);
  if (!messages) {
    messages = compileUiMessages(BUILDER_MESSAGES[locale]);
    compiled.set(locale, messages);
  }
  const { seniority, employmentType, workplace } = renderMessages(locale);
  return { locale, messages, labels: { seniority, employmentType, workplace } };
}

/**
 * The builder's language for a page request. `?lang=xx` is the language switch (a GET form, so it works
 * without script): it is remembered in a cookie and answered with a 303 back to the same page without it,
 * so a reload or a shared address does not switch again.
 */
export function uiTextForRequest(
  context: Pick<GetServerSidePropsContext, 'req' | 'res' | 'query'>,
): { redirect: Redirect } | { text: UiText } {
  const { req, res, query } = context;
  if (isLanguage(query.lang)) {
    res.setHeader('Set-Cookie', uiLocaleCookie(query.lang));
    return { redirect: { destination: switchRedirect(req.url ?? '/'), statusCode: 303 } };
  }
  const locale = negotiateUiLocale({ cookie: req.headers.cookie, acceptLanguage: req.headers['accept-language'] });
  return { text: builderUiText(locale) };
}
