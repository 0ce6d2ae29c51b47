import '#server-only';

import type { GetServerSidePropsContext, Redirect } from 'next';
import type { UiText } from '@/components/builder/ui-text';
import { BUILDER_MESSAGES } from '@/components/builder/messages/catalogs';
import { renderMessages } from '@/lib/shared/render/render-messages';
import { uiLocaleForRequest } from './ui-locale-request';
import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import { compileUiMessages, type UiMessages } from '@/lib/server/ui-locale/ui-messages';

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

/** The builder's language for a page request, or the redirect that answers a switch (ui-locale-request.ts). */
export function uiTextForRequest(
  context: Pick<GetServerSidePropsContext, 'req' | 'res' | 'query'>,
): { redirect: Redirect } | { text: UiText } {
  const ui = uiLocaleForRequest(context);
  return 'redirect' in ui ? ui : { text: builderUiText(ui.locale) };
}
