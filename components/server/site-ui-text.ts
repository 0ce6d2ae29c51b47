import '#server-only';

import type { GetServerSideProps, GetServerSidePropsContext, Redirect } from 'next';
import type { PageLanguageProps } from '@/components/layout/page-language';
import type { SiteText } from '@/components/site-text/site-text';
import { SITE_MESSAGES } from '@/components/site-text/messages/catalogs';
import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import { compileUiMessages, type UiMessages } from '@/lib/server/ui-locale/ui-messages';
import { uiLocaleForRequest } from './ui-locale-request';

// Compiled once per locale per process: the sources change only with a deploy.
const compiled = new Map<UiLocale, UiMessages>();

/** The groups of messages a page uses (the part of an id before its first dot). */
export type SiteSection =
  | 'switch'
  | 'notFound'
  | 'error'
  | 'postings'
  | 'copy'
  | 'publication'
  | 'review'
  | 'reviewLink'
  | 'import'
  | 'line'
  | 'field';

/** One locale's messages of the given sections: a page carries its own words, not every page's. */
export function siteUiText(locale: UiLocale, sections: readonly SiteSection[]): SiteText {
  let all = compiled.get(locale);
  if (!all) {
    all = compileUiMessages(SITE_MESSAGES[locale]);
    compiled.set(locale, all);
  }
  const wanted = new Set<string>(sections);
  const messages = Object.fromEntries(Object.entries(all).filter(([id]) => wanted.has(id.slice(0, id.indexOf('.')))));
  return { locale, messages };
}

/** The page's words for a request, or the redirect that answers a language switch (`?lang=`). */
export function siteTextForRequest(
  context: Pick<GetServerSidePropsContext, 'req' | 'res' | 'query'>,
  sections: readonly SiteSection[],
): { redirect: Redirect } | { text: SiteText } {
  const ui = uiLocaleForRequest(context);
  return 'redirect' in ui ? ui : { text: siteUiText(ui.locale, sections) };
}

export type SiteTextPageProps = { text: SiteText } & PageLanguageProps;

/**
 * A site page's getServerSideProps: its words in the request's language, or the redirect of a language switch.
 * Rendered per request, not prerendered: the page's scripts must carry this request's CSP nonce (see _document).
 */
export function siteTextProps(sections: readonly SiteSection[]): GetServerSideProps<SiteTextPageProps> {
  return async (context) => {
    const ui = siteTextForRequest(context, sections);
    if ('redirect' in ui) return { redirect: ui.redirect };
    return { props: { text: ui.text, htmlLang: ui.text.locale } };
  };
}
